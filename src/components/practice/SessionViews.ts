// What the practice page shows once a session, the mock or the printable set starts: loaded on
// demand with the questions (PracticeIsland.tsx), so the menu hydrates without it.
export { MockExam } from './MockExam';
export { StaticAnswer, StaticQuestion } from './QuestionParts';
export { Session } from './Session';
