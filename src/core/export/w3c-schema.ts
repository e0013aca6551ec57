// The project's own JSON Schema for the W3C export: every field the Web Annotation model requires
// (and the ones Folio promises), used by the tests to validate what exportW3c writes.
export const W3C_EXPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['@context', 'id', 'type', 'total', 'first'],
  properties: {
    '@context': {
      type: 'array',
      minItems: 1,
      items: [{ const: 'http://www.w3.org/ns/anno.jsonld' }]
    },
    id: { type: 'string', format: 'uri' },
    type: { const: 'AnnotationCollection' },
    total: { type: 'integer', minimum: 0 },
    first: {
      type: 'object',
      required: ['type', 'items'],
      properties: {
        type: { const: 'AnnotationPage' },
        items: { type: 'array', items: { $ref: '#/definitions/annotation' } }
      }
    }
  },
  definitions: {
    annotation: {
      type: 'object',
      required: ['id', 'type', 'body', 'target', 'created'],
      properties: {
        id: { type: 'string', format: 'uri' },
        type: { const: 'Annotation' },
        motivation: { type: 'string' },
        created: { type: 'string', format: 'date-time' },
        modified: { type: 'string', format: 'date-time' },
        creator: { type: 'object', required: ['type', 'name'] },
        body: {
          type: 'array',
          items: {
            type: 'object',
            required: ['type', 'value', 'purpose'],
            properties: {
              type: { const: 'TextualBody' },
              value: { type: 'string', minLength: 1 },
              purpose: { enum: ['tagging', 'commenting'] },
              format: { const: 'text/plain' }
            }
          }
        },
        target: {
          type: 'object',
          required: ['source', 'selector'],
          properties: {
            source: { type: 'string', format: 'uri' },
            selector: {
              type: 'array',
              minItems: 2,
              items: {
                oneOf: [
                  {
                    type: 'object',
                    required: ['type', 'start', 'end'],
                    properties: {
                      type: { const: 'TextPositionSelector' },
                      start: { type: 'integer', minimum: 0 },
                      end: { type: 'integer', minimum: 0 }
                    }
                  },
                  {
                    type: 'object',
                    required: ['type', 'exact'],
                    properties: {
                      type: { const: 'TextQuoteSelector' },
                      exact: { type: 'string', minLength: 1 },
                      prefix: { type: 'string' },
                      suffix: { type: 'string' }
                    }
                  }
                ]
              }
            }
          }
        }
      }
    }
  }
} as const
