/**
 * Generated JSON ships as Data modules (*.bin, wrangler's default rule): workerd hands a module its
 * bytes without compiling anything, so an isolate pays only for the data its requests import (by
 * dynamic import, on first use). As JavaScript, or as text modules, every fresh isolate paid for
 * all of it before its first request (npm run bench:cold).
 */
export const text = async (module: Promise<{ default: ArrayBuffer }>) => new TextDecoder().decode((await module).default)
export const data = async <T>(module: Promise<{ default: ArrayBuffer }>) => JSON.parse(await text(module)) as T
