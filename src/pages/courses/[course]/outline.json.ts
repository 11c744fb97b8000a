/**
 * Each course's step ids and kinds, which a step page's navigation fetches to fill in the learner's
 * progress (record/components/course-record-element.ts). One file per course, cached by the browser
 * and precached by the service worker, rather than a copy inside every step page.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCourseTree } from '../../../content/site';
import { navOutline } from '../../../record/course-outline';

export const getStaticPaths = (async () => {
  const tree = await getCourseTree();
  return tree.courses.map((course) => ({ params: { course: course.id }, props: { course } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(navOutline(props.course)), {
    headers: { 'Content-Type': 'application/json' },
  });
