// A worker thread that lays out diagrams with its own Graphviz instance (see svg.ts).
import { serve } from '../../workers/pool.js';
import { graphvizSvg } from './svg.js';

serve(graphvizSvg);
