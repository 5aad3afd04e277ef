/** Workspace file texts, Vietnamese first. Problems name the part (the file inside the zip). */
export const workspaceMessages = {
  vi: {
    title: 'Không gian làm việc',
    intro:
      'Gói mọi thứ bạn đã thêm (các bộ dữ liệu đã nhập, quan hệ kế thừa, danh mục tham mưu, bảng khối, bộ tiêu chí, đơn vị của bạn và các lựa chọn đã lưu) vào một tệp .zip để gửi đồng nghiệp hoặc lãnh đạo.',
    export: 'Xuất không gian làm việc…',
    open: 'Mở không gian làm việc…',
    replaceNote:
      'Mở một tệp sẽ thay thế toàn bộ dữ liệu đã nhập và các lựa chọn đã lưu trong trình duyệt này; dữ liệu công bố và dữ liệu mẫu giữ nguyên.',
    packing: 'Đang đóng gói… {{percent}}',
    reading: 'Đang đọc và kiểm tra tệp… {{percent}}',
    saving: 'Đang kiểm tra và lưu các bộ dữ liệu… {{percent}}',
    exported: 'Đã xuất tệp “{{name}}”: {{datasets}} bộ dữ liệu, {{settings}} lựa chọn đã lưu.',
    confirmHeading: 'Mở tệp “{{name}}”?',
    confirmBody:
      'Tệp tạo lúc {{createdAt}} (phiên bản ứng dụng {{appVersion}}), gồm {{datasets}} bộ dữ liệu ({{rows}} dòng) và {{settings}} lựa chọn đã lưu.',
    confirmReplace:
      'Mở tệp sẽ thay thế {{current}} bộ dữ liệu đã nhập và mọi lựa chọn đã lưu trong trình duyệt này. Dữ liệu công bố và dữ liệu mẫu giữ nguyên.',
    confirm: 'Mở và thay thế',
    cancel: 'Huỷ',
    opened: 'Đã mở không gian làm việc. Đang tải lại trang…',
    notPersisted: 'Trình duyệt không cho lưu toàn bộ tệp: một phần chỉ dùng đến khi tải lại trang.',
    refused: 'Không mở tệp “{{name}}”; dữ liệu và lựa chọn hiện có không thay đổi.',
    failed: 'Không mở được tệp: {{message}}',
    technical: 'Chi tiết kỹ thuật',
    problem: {
      'not-zip': 'Tệp không phải tệp không gian làm việc (.zip) hoặc đã bị hỏng.',
      'too-large': 'Tệp giải nén ra quá lớn (hơn 1 GB).',
      'no-manifest': 'Tệp thiếu phần manifest.json.',
      'bad-manifest': 'Phần manifest.json không hợp lệ ở trường “{{field}}”.',
      'wrong-format': 'Tệp không phải không gian làm việc của ứng dụng này (định dạng “{{value}}”).',
      'newer-version':
        'Tệp được tạo bởi phiên bản mới hơn của ứng dụng (định dạng phiên bản {{value}}). Hãy cập nhật ứng dụng rồi mở lại.',
      'missing-part': 'Tệp thiếu phần “{{part}}”.',
      'unexpected-part': 'Tệp có phần lạ “{{part}}” không có trong manifest.json.',
      'hash-mismatch': 'Phần “{{part}}” đã bị thay đổi hoặc hỏng (mã kiểm tra SHA-256 không khớp).',
      'row-count': 'Phần “{{part}}” có {{found}} dòng, manifest.json ghi {{expected}} dòng.',
      'bad-settings': 'Phần “{{part}}” không hợp lệ ở trường “{{field}}”.',
      dataset: 'Phần “{{part}}” không qua kiểm tra dữ liệu ({{count}} lỗi):',
      registry: 'Phần “{{part}}”: bảng “{{key}}” không qua kiểm tra của màn hình Dữ liệu.',
      'rule-set': 'Phần “{{part}}”: bộ tiêu chí “{{file}}” không hợp lệ:',
    },
    registryRows: 'Các dòng sai của bảng:',
  },
  en: {
    title: 'Workspace',
    intro:
      'Packs everything you added (imported datasets, lineage, advising map, block map, rule sets, your unit and the remembered choices) into one .zip file to send to a colleague or to leadership.',
    export: 'Export workspace…',
    open: 'Open a workspace file…',
    replaceNote:
      'Opening a file replaces all imported data and remembered choices in this browser; the published and sample data stay.',
    packing: 'Packing… {{percent}}',
    reading: 'Reading and checking the file… {{percent}}',
    saving: 'Checking and saving the datasets… {{percent}}',
    exported: 'Exported “{{name}}”: {{datasets}} datasets, {{settings}} remembered choices.',
    confirmHeading: 'Open “{{name}}”?',
    confirmBody:
      'Created {{createdAt}} (app version {{appVersion}}), with {{datasets}} datasets ({{rows}} rows) and {{settings}} remembered choices.',
    confirmReplace:
      'Opening it replaces the {{current}} imported datasets and every remembered choice in this browser. The published and sample data stay.',
    confirm: 'Open and replace',
    cancel: 'Cancel',
    opened: 'The workspace is open. Reloading the page…',
    notPersisted: 'The browser refused to keep all of it: part of it lasts until the page is reloaded.',
    refused: 'The file “{{name}}” was not opened; the existing data and choices are unchanged.',
    failed: 'The file could not be opened: {{message}}',
    technical: 'Technical details',
    problem: {
      'not-zip': 'This is not a workspace file (.zip), or it is damaged.',
      'too-large': 'The file unpacks to more than 1 GB.',
      'no-manifest': 'The file has no manifest.json part.',
      'bad-manifest': 'The manifest.json part is invalid at field “{{field}}”.',
      'wrong-format': 'This is not a workspace file of this app (format “{{value}}”).',
      'newer-version':
        'The file was made by a newer version of the app (format version {{value}}). Update the app and open it again.',
      'missing-part': 'The part “{{part}}” is missing.',
      'unexpected-part': 'The part “{{part}}” is not listed in manifest.json.',
      'hash-mismatch': 'The part “{{part}}” was changed or is damaged (its SHA-256 does not match).',
      'row-count': 'The part “{{part}}” has {{found}} rows; manifest.json says {{expected}}.',
      'bad-settings': 'The part “{{part}}” is invalid at field “{{field}}”.',
      dataset: 'The part “{{part}}” fails the data checks ({{count}} errors):',
      registry: 'The part “{{part}}”: the table “{{key}}” fails the checks of the Data screen.',
      'rule-set': 'The part “{{part}}”: the rule set “{{file}}” is not valid:',
    },
    registryRows: 'The table’s bad rows:',
  },
};
