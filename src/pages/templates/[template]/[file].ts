/** A template's editable files, written at build time: /templates/<id>/<id>.docx and .odt. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { TEMPLATE_FORMATS, templateFile } from '../../../templates/build/files';

export const getStaticPaths = (async () => {
  const templates = await getCollection('templates');
  return templates.flatMap((entry) =>
    TEMPLATE_FORMATS.map((format) => ({
      params: { template: entry.id, file: `${entry.id}.${format.extension}` },
      props: { entry, format },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'templates'>;
  format: (typeof TEMPLATE_FORMATS)[number];
}

export const GET: APIRoute<Props> = ({ props }) => {
  const bytes = templateFile(props.entry.data, props.format.extension);
  // A Blob, because TypeScript's Response accepts an ArrayBuffer-backed view only.
  return new Response(new Blob([bytes.slice()]), {
    headers: { 'Content-Type': props.format.type },
  });
};
