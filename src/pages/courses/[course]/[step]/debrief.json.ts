/**
 * Each scenario's debrief data (choice qualities and reasons), loaded by the scenario page only once
 * the learner reaches an ending, so the page itself does not carry the answers.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { getCourseTree } from '../../../../content/site';
import { debriefOf } from '../../../../scenario/playable';

export const getStaticPaths = (async () => {
  const tree = await getCourseTree();
  const scenarios = await getCollection('scenarios');
  return scenarios.flatMap(({ data }) => {
    const step = tree.steps.get(data.id);
    return step ? [{ params: { course: step.courseId, step: step.id }, props: { data } }] : [];
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(debriefOf(props.data)), {
    headers: { 'Content-Type': 'application/json' },
  });
