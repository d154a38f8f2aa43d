/** ASCII lower case and full-width ASCII → half-width: one character for one, so offsets hold. */
export const fold = (text: string) =>
  text.replace(/[A-Z\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - (c > '\uff00' ? 0xfee0 : 0)).toLowerCase()))
