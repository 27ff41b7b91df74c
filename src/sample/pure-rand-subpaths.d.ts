/**
 * pure-rand 8 publishes its modules only through package "exports" subpaths, which TypeScript's
 * `moduleResolution: "node"` does not read. Node, Jest, tsx and webpack resolve the subpath at run
 * time; this declaration points the type checker at the same module's own declarations.
 */
declare module 'pure-rand/generator/xoroshiro128plus' {
  export { xoroshiro128plus } from 'pure-rand/lib/generator/xoroshiro128plus';
}
