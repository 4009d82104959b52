/**
 * The one place that decides who may do what. Every REST route and every websocket asks `can`.
 *
 *   student: reads and edits the projects of their own team (creates projects for it, uploads images).
 *   teacher: reads the projects of the classes they teach; manages those classes and their teams.
 *   mentor:  reads only projects handed to them (mentor of the team, or submitted to them); writes reviews.
 *   anyone else (no session, other school, other class): nothing.
 */
import type { ClassRecord, ProjectAccessFacts, Role, TeamRecord } from '../store/records';

export interface Actor {
  id: number;
  role: Role;
  schoolId: number | null;
}

export type ProjectAction = 'project.read' | 'project.write' | 'image.upload' | 'review.read' | 'review.write' | 'project.submit';
export type ClassAction = 'class.read' | 'class.manage';
export type TeamAction = 'project.create' | 'team.manage';
export type Action = ProjectAction | ClassAction | TeamAction | 'class.create' | 'class.join';

export type Resource =
  | { kind: 'project'; facts: ProjectAccessFacts }
  | { kind: 'class'; class: ClassRecord; studentIds: number[] }
  | { kind: 'team'; team: TeamRecord; class: ClassRecord; memberIds: number[] }
  | { kind: 'none' };

export function can(actor: Actor | null | undefined, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  switch (action) {
    case 'class.create':
      return actor.role === 'teacher' && actor.schoolId !== null;
    case 'class.join':
      return actor.role === 'student';
  }
  if (resource.kind === 'project') return canOnProject(actor, action, resource.facts);
  if (resource.kind === 'class') {
    const c = resource.class;
    if (action === 'class.manage') return actor.role === 'teacher' && c.teacherId === actor.id;
    if (action === 'class.read') return (actor.role === 'teacher' && c.teacherId === actor.id) || (actor.role === 'student' && resource.studentIds.includes(actor.id));
    return false;
  }
  if (resource.kind === 'team') {
    const isTeacher = actor.role === 'teacher' && resource.class.teacherId === actor.id;
    if (action === 'team.manage') return isTeacher;
    if (action === 'project.create') return isTeacher || (actor.role === 'student' && resource.memberIds.includes(actor.id));
    return false;
  }
  return false;
}

function canOnProject(actor: Actor, action: Action, f: ProjectAccessFacts): boolean {
  const isMember = actor.role === 'student' && f.studentIds.includes(actor.id);
  const isTeacher = actor.role === 'teacher' && f.teacherId === actor.id;
  const isMentor = actor.role === 'mentor' && f.mentorIds.includes(actor.id);
  switch (action) {
    case 'project.read':
    case 'review.read':
      return isMember || isTeacher || isMentor;
    case 'project.write':
    case 'image.upload':
    case 'project.submit':
      return isMember;
    case 'review.write':
      return isMentor;
    default:
      return false;
  }
}

/** What the caller may do with a project's document: 'write', 'read', or nothing. */
export function projectAccess(actor: Actor | null | undefined, facts: ProjectAccessFacts): 'write' | 'read' | null {
  if (can(actor, 'project.write', { kind: 'project', facts })) return 'write';
  if (can(actor, 'project.read', { kind: 'project', facts })) return 'read';
  return null;
}
