import type { AppError } from "../../messaging/contracts";

/** Each bad value of the org's profile, by where it is ("pools.0.queue"), as the admin will look for it. */
export function ProfileProblems({ error }: { error: AppError }) {
  const problems = error.problems ?? [];
  if (problems.length === 0) return null;
  return (
    <ul className="notice__problems" aria-label="What is wrong in the org profile">
      {problems.map((problem) => (
        <li key={`${problem.path}:${problem.message}`}>
          <code>{problem.path || "(the whole profile)"}</code> {problem.message}
        </li>
      ))}
    </ul>
  );
}
