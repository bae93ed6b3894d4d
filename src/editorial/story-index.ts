import type { Goal } from '../schemas/model.ts';
import type { StoryEntry } from './editorial.ts';

/** The goals that have at least one story, in goal order. */
export function storyGoals(stories: readonly StoryEntry[], goals: readonly Goal[]): Goal[] {
  const used = new Set(stories.flatMap((s) => s.data.goals));
  return goals.filter((g) => used.has(g.number));
}

export function storiesForGoal(stories: readonly StoryEntry[], goal: string): StoryEntry[] {
  return stories.filter((s) => s.data.goals.includes(goal));
}
