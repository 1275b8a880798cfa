// Where sopbook's own files are, beside its code (src/ in development, lib/ when installed).
// A module of its own, light to import: `sop build` reads these before deciding to load anything else.
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
/** The compiled (or, under test, source) code. */
export const CODE_DIR = fileURLToPath(new URL('./', import.meta.url));
export const SCHEMA_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));
export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));
