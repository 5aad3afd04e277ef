/** Lineage import texts, Vietnamese first; problems carry the line of the file they refer to. */
export const lineageImportMessages = {
  vi: {
    title: 'Quan hệ kế thừa giữa các đơn vị',
    intro:
      'Nhập tệp CSV về sáp nhập nội bộ (xã, phường của một huyện; sở, ngành hợp nhất) với tiêu đề old_unit_code,new_unit_code,effective_year. Tệp được kiểm tra toàn bộ: có một lỗi thì không áp dụng dòng nào.',
    fileLabel: 'Tải tệp quan hệ kế thừa (CSV)',
    working: 'Đang áp dụng và tính lại thứ hạng, biến động…',
    applied: 'Đã áp dụng {{count}} liên kết từ tệp “{{name}}”. Thứ hạng và biến động đã được tính lại.',
    notPersisted: 'Tệp quá lớn hoặc trình duyệt không cho lưu: liên kết chỉ dùng đến khi tải lại trang.',
    current: 'Đang dùng: “{{name}}”, {{count}} liên kết',
    remove: 'Bỏ quan hệ kế thừa đã nhập',
    removed: 'Đã bỏ quan hệ kế thừa đã nhập.',
    rejected: 'Không áp dụng tệp “{{name}}”:',
    failed: 'Không áp dụng được: {{message}}',
    problem: {
      empty: 'Tệp không có dòng dữ liệu nào.',
      header: 'Dòng {{line}}: tiêu đề phải là {{expected}}.',
      columns: 'Dòng {{line}}: cần đúng 3 cột, có {{count}}.',
      old_empty: 'Dòng {{line}}: thiếu mã đơn vị cũ (old_unit_code).',
      new_empty: 'Dòng {{line}}: thiếu mã đơn vị mới (new_unit_code).',
      year: 'Dòng {{line}}: năm hiệu lực “{{value}}” phải gồm 4 chữ số.',
      duplicate: 'Dòng {{line}}: trùng với dòng {{first}}.',
      split:
        'Dòng {{line}}: đơn vị {{old}} năm {{year}} đã chuyển vào {{a}} (dòng {{first}}), không thể chuyển cả vào {{b}}.',
      cycle: 'Dòng {{lines}}: vòng lặp kế thừa {{path}}: một đơn vị không thể là tiền thân của chính nó.',
    },
  },
  en: {
    title: 'Lineage between units',
    intro:
      'Import a CSV of internal mergers (a district’s communes, merged departments) with the header old_unit_code,new_unit_code,effective_year. The whole file is checked: any problem and no line is applied.',
    fileLabel: 'Upload a lineage file (CSV)',
    working: 'Applying and recomputing ranks and changes…',
    applied: 'Applied {{count}} links from “{{name}}”. Ranks and changes were recomputed.',
    notPersisted:
      'The file is too large or the browser refuses storage: the links last until the page is reloaded.',
    current: 'In use: “{{name}}”, {{count}} links',
    remove: 'Remove the imported lineage',
    removed: 'The imported lineage was removed.',
    rejected: 'The file “{{name}}” was not applied:',
    failed: 'Could not apply: {{message}}',
    problem: {
      empty: 'The file has no data line.',
      header: 'Line {{line}}: the header must be {{expected}}.',
      columns: 'Line {{line}}: 3 columns expected, {{count}} found.',
      old_empty: 'Line {{line}}: the old unit code (old_unit_code) is empty.',
      new_empty: 'Line {{line}}: the new unit code (new_unit_code) is empty.',
      year: 'Line {{line}}: the effective year “{{value}}” must be 4 digits.',
      duplicate: 'Line {{line}}: repeats line {{first}}.',
      split:
        'Line {{line}}: unit {{old}} already went into {{a}} in {{year}} (line {{first}}), it cannot also go into {{b}}.',
      cycle: 'Lines {{lines}}: lineage cycle {{path}}: a unit cannot be its own predecessor.',
    },
  },
};
