import { config } from 'zod';

// zod compiles fast parsers with new Function when it may; the console's CSP (no 'unsafe-eval', Trusted Types) forbids
// that, and the refused attempt is a console error. Core's schemas parse just as well without it.
config({ jitless: true });
