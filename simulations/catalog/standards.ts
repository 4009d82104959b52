/** The four curriculum standards whose required experiments (学生必做实验) the catalogue lists (../shared/curriculum.md). */
import { bi, type Standard, type StandardId } from './entry';

const textbookNote = bi(
  '章节对应人教版教科书的目录；不同印次或修订版的节次可能不同，请以所用课本为准。',
  'Chapters follow the People’s Education Press (人教版) textbooks’ tables of contents; section numbers can differ between printings and revisions, so check against the book in use.',
);

export const STANDARDS: readonly Standard[] = [
  {
    id: 'cn-compulsory-2022-physics',
    subject: 'physics',
    stage: 'junior',
    name: bi('义务教育物理课程标准（2022年版）', 'Compulsory Education Physics Curriculum Standard (2022)'),
    shortName: bi('初中物理（2022年版课标）', 'Junior physics (2022 standard)'),
    textbook: bi(`人教版《物理》八年级上册、下册，九年级全一册。${textbookNote['zh-CN']}`, `PEP Physics, grade 8 volumes 1 and 2, grade 9 (one volume). ${textbookNote.en}`),
    itemCount: 21,
  },
  {
    id: 'cn-compulsory-2022-chemistry',
    subject: 'chemistry',
    stage: 'junior',
    name: bi('义务教育化学课程标准（2022年版）', 'Compulsory Education Chemistry Curriculum Standard (2022)'),
    shortName: bi('初中化学（2022年版课标）', 'Junior chemistry (2022 standard)'),
    textbook: bi(`人教版《化学》九年级上册、下册（实验活动）。${textbookNote['zh-CN']}`, `PEP Chemistry, grade 9 volumes 1 and 2 (the “experiment activities”). ${textbookNote.en}`),
    itemCount: 8,
  },
  {
    id: 'cn-senior-2020-physics',
    subject: 'physics',
    stage: 'senior',
    name: bi('普通高中物理课程标准（2017年版2020年修订）', 'Senior Secondary Physics Curriculum Standard (2017, revised 2020)'),
    shortName: bi('高中物理（2017年版2020年修订课标）', 'Senior physics (2017/2020 standard)'),
    textbook: bi(`人教版（2019）《物理》必修第一至三册、选择性必修第一至三册。${textbookNote['zh-CN']}`, `PEP Physics (2019): required modules 1–3 and elective-required modules 1–3. ${textbookNote.en}`),
    itemCount: 21,
  },
  {
    id: 'cn-senior-2020-chemistry',
    subject: 'chemistry',
    stage: 'senior',
    name: bi('普通高中化学课程标准（2017年版2020年修订）', 'Senior Secondary Chemistry Curriculum Standard (2017, revised 2020)'),
    shortName: bi('高中化学（2017年版2020年修订课标）', 'Senior chemistry (2017/2020 standard)'),
    textbook: bi(`人教版（2019）《化学》必修第一、二册，选择性必修1–3（实验活动）。${textbookNote['zh-CN']}`, `PEP Chemistry (2019): required modules 1–2 and elective-required modules 1–3 (the “experiment activities”). ${textbookNote.en}`),
    itemCount: 18,
  },
];

export function findStandard(id: string): Standard | undefined {
  return STANDARDS.find((s) => s.id === id);
}

export function isStandardId(id: string): id is StandardId {
  return STANDARDS.some((s) => s.id === id);
}
