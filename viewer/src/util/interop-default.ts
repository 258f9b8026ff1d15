/**
 * Several graphology packages ship CommonJS with `export default` typings: under NodeNext the default
 * import is typed as the module object while bundlers hand over `module.exports` itself. This
 * resolves both to the real value.
 */
export function interopDefault<T>(module: { default: T }): T {
  return ((module as unknown as { default?: T }).default ?? module) as T;
}
