// Eleventy 3 yardstick: every procedure .md of the generated corpus (front-matter + Markdown)
// becomes a full page through a minimal Nunjucks layout. Run by bench/run.mjs as
//   eleventy --config=bench/baselines/eleventy/eleventy.config.mjs --input=<corpus> --output=<tmp>
// The layout is a virtual template (Eleventy ≥ 3.0), so nothing is added to the corpus folder.
import { readFileSync } from 'node:fs';

const layout = readFileSync(new URL('./page.njk', import.meta.url), 'utf8');

export default function (eleventyConfig) {
  eleventyConfig.setTemplateFormats(['md']);
  eleventyConfig.addTemplate('_includes/page.njk', layout);
  eleventyConfig.addGlobalData('layout', 'page.njk');
  return {
    // Markdown is Markdown here, as in sop: no Liquid/Nunjucks pass over procedure text.
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
