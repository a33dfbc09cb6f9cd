// openapi-typescript drives the TypeScript 5 compiler API; the project's own `typescript` is the
// native 7.x compiler, which has no JS API. This resolve hook hands openapi-typescript the
// `typescript-5` package (an npm alias in devDependencies) when it asks for `typescript`.
export async function resolve(specifier, context, next) {
  if (specifier === 'typescript' && context.parentURL?.includes('/node_modules/openapi-typescript/')) {
    return next('typescript-5', context);
  }
  return next(specifier, context);
}
