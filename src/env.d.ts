/// <reference types="astro/client" />

// Lets plain `tsc` (npm run typecheck) see .astro imports from .ts files; Astro's own tooling types them fully.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

declare namespace App {
  interface Locals {
    /** Added to every section's depth on this page (see src/components/heading/Heading.astro). */
    headingOffset?: number;
  }
}
