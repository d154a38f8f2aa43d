// The API reference: Swagger UI (swagger-ui-dist, copied here by scripts/build-assets.ts) on the
// API's own OpenAPI document. A file rather than an inline script, so the page's CSP can allow
// scripts from its own origin only; nothing here reaches another origin.
window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  // The validator badge would send the document to validator.swagger.io.
  validatorUrl: 'none',
  // Links to an operation (#/Measures/get_v1_measures) open it.
  deepLinking: true,
  displayRequestDuration: true,
  // A box that filters operations by tag.
  filter: true,
  // Schemas are shown with each operation; the list of all of them at the bottom stays folded.
  defaultModelsExpandDepth: 0,
})
