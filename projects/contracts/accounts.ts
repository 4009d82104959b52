/**
 * The HTTP contract of school accounts (issue #19): what each route takes (zod schemas the server parses
 * with) and answers (types the app's client reads). The app imports only the types, so zod stays out of
 * its bundle.
 *
 *   POST /api/auth/password                  everyone: change one's own password
 *   GET  /api/admin/people                   administrator: the school's teachers, mentors, administrators, classes
 *   POST /api/admin/users                    administrator: a teacher, mentor or administrator account
 *   POST /api/admin/users/:id/password       administrator: a new password for a person of the school
 *   POST /api/admin/class-list/preview       administrator: a class list (CSV text or .xlsx bytes) checked row by row, nothing written
 *   POST /api/admin/class-list/import        administrator: the same list written, all or nothing
 *   POST /api/classes/:id/passwords          class teacher or administrator: new passwords (log-in slips)
 */
import { z } from 'zod';
import { CONTRACT_RULES, ruleIssue } from './field-rules';

export const USERNAME_RULE = /^[A-Za-z0-9._-]{3,32}$/;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, 'enter your current password').max(200, 'at most 200 characters'),
  newPassword: z.string().min(8, 'at least 8 characters').max(200, 'at most 200 characters'),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordBody>;

export const STAFF_ROLES = ['teacher', 'mentor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const CreateStaffBody = z.object({
  role: z.enum(STAFF_ROLES, { message: `must be one of ${STAFF_ROLES.join(', ')}` }),
  username: z.string().trim().regex(USERNAME_RULE, CONTRACT_RULES.username),
  displayName: z.string().trim().min(1, 'must not be empty').max(64, 'at most 64 characters'),
});
export type CreateStaffInput = z.infer<typeof CreateStaffBody>;

/** base64 of at most 1 MB (the .xlsx upload bound, server/spreadsheet/xlsx-read.ts) */
const XLSX_BASE64_CHARS = Math.ceil((1024 * 1024) / 3) * 4;

export const ClassListBody = z
  .object({
    /** The CSV text (UTF-8). */
    csv: z.string().min(1, 'the file is empty').max(1024 * 1024, 'at most 1 MB').optional(),
    /** Or the .xlsx workbook's bytes, base64. */
    xlsx: z
      .string()
      .min(1, 'the file is empty')
      .max(XLSX_BASE64_CHARS, 'at most 1 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, CONTRACT_RULES.xlsx_base64)
      .optional(),
    /** The teacher of classes the list names that the school does not have yet. */
    teacherId: z.number().int('must be a whole number').positive('must be a positive id').nullable().optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.csv === undefined) === (b.xlsx === undefined)) {
      ctx.addIssue({ code: 'custom', path: [b.csv === undefined ? 'csv' : 'xlsx'], ...ruleIssue('csv_or_xlsx') });
    }
  });
export type ClassListInput = z.infer<typeof ClassListBody>;

export const ClassPasswordsBody = z.object({
  studentIds: z.array(z.number().int('must be a whole number').positive('must be a positive id')).min(1, 'choose at least one student').max(200, 'at most 200 students at once'),
});
export type ClassPasswordsInput = z.infer<typeof ClassPasswordsBody>;

export interface PersonSummary {
  id: number;
  username: string;
  displayName: string;
  role: 'student' | 'teacher' | 'mentor' | 'admin';
  studentNumber: string | null;
  mustChangePassword: boolean;
}

export interface SchoolPeople {
  school: { id: number; name: string };
  staff: PersonSummary[];
  classes: { id: number; name: string; teacher: { id: number; displayName: string }; students: number }[];
}

/** A person's new password, shown once (the server keeps only its hash). */
export interface LoginSlip {
  userId: number;
  displayName: string;
  username: string;
  password: string;
  className?: string;
}

export interface ClassListRowView {
  line: number;
  name: string;
  studentNumber: string;
  className: string;
  username: string;
  classId: number | null;
  problems: { field: 'name' | 'studentNumber' | 'className'; code: string; message: string; firstLine?: number }[];
}

export interface ClassListPreview {
  rows: ClassListRowView[];
  newClasses: string[];
  rowsWithProblems: number;
}

export interface ClassListImported {
  slips: LoginSlip[];
  createdClasses: { id: number; name: string }[];
}

/**
 * What is wrong with a class-list file as a whole (`invalid_class_list`, 400, with `problem`, `vars` and
 * the `line` when there is one); the app words each in the reader's language (classroom.import.fileError.*).
 */
export const CLASS_LIST_FILE_PROBLEMS = [
  'file_too_large', 'not_xlsx', 'too_many_parts', 'unpacks_too_large', 'unreadable', 'no_worksheet', 'too_many_rows', 'empty', 'no_header', 'unclosed_quote',
] as const;
export type ClassListFileProblem = (typeof CLASS_LIST_FILE_PROBLEMS)[number];
