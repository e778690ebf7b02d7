<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="552"/>
        <source>Amend %1</source>
        <translation>Sửa đổi %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="555"/>
        <source>An issued certificate is never edited. The amendment is a new revision, made from the records as they are now; it names revision %1 as superseded and prints the reason you give here.</source>
        <translation>Giấy chứng nhận đã ban hành không bao giờ bị sửa. Bản sửa đổi là một lần ban hành mới, lập từ hồ sơ hiện tại; nó ghi rõ lần ban hành %1 bị thay thế và in lý do bạn nêu ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="563"/>
        <source>e.g. The serial number was misprinted (was 12345, is 12346).</source>
        <translation>vd. Số máy in sai (đã in 12345, đúng là 12346).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="572"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="573"/>
        <source>Your password</source>
        <translation>Mật khẩu của bạn</translation>
    </message>
</context>
<context>
    <name>AuditTrailView</name>
    <message>
        <location filename="../../ui/history.py" line="128"/>
        <source>Search the audit trail: a person, a record, a value, a reason…</source>
        <translation>Tìm trong nhật ký kiểm tra: người, bản ghi, giá trị, lý do…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="131"/>
        <source>Verify the chain</source>
        <translation>Xác minh chuỗi</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="136"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="137"/>
        <source>Workstation</source>
        <translation>Máy trạm</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="138"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="139"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="140"/>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="141"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="142"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="143"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="171"/>
        <source>Showing the newest %1 entries; narrow the search to see older ones.</source>
        <translation>Đang hiển thị %1 mục mới nhất; hãy thu hẹp tìm kiếm để xem các mục cũ hơn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="174"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibratePane</name>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="102"/>
        <source>Resume the selected draft</source>
        <translation>Tiếp tục bản nháp đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="106"/>
        <location filename="../../ui/panes/calibrate.py" line="111"/>
        <source>Calibrate</source>
        <translation>Hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="107"/>
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="108"/>
        <source>Review and approval</source>
        <translation>Xem xét và phê duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="118"/>
        <source>Calibrations still in draft; resume one to take the points it still lacks.</source>
        <translation>Các lần hiệu chuẩn còn ở dạng nháp; tiếp tục một lần để đo những điểm còn thiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="134"/>
        <source>As found</source>
        <translation>Trước hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="136"/>
        <source>As left (after adjustment)</source>
        <translation>Sau hiệu chỉnh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/calibrate.py" line="139"/>
        <source>%n point(s) taken</source>
        <translation>
            <numerusform>đã đo %n điểm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/calibrate.py" line="141"/>
        <source>%1 of %n point(s)</source>
        <translation>
            <numerusform>%1 trên %n điểm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationTable</name>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="41"/>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="42"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="43"/>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="44"/>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="46"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="88"/>
        <source>Points</source>
        <translation>Điểm đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="89"/>
        <source>Taken</source>
        <translation>Đã đo</translation>
    </message>
</context>
<context>
    <name>CertificateBatch</name>
    <message>
        <location filename="../../ui/certificate_batch.py" line="28"/>
        <source>Work order %1 has no issued certificate yet.</source>
        <translation>Phiếu tiếp nhận %1 chưa có giấy chứng nhận nào được ban hành.</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_batch.py" line="31"/>
        <source>The printer could not be opened; check it is on and try again.</source>
        <translation>Không mở được máy in; hãy kiểm tra máy in đã bật rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>CertificatePrinting</name>
    <message>
        <location filename="../../ui/certificates/printing.py" line="56"/>
        <source>Certificate %1 — print preview</source>
        <translation>Giấy chứng nhận %1 — xem trước khi in</translation>
    </message>
</context>
<context>
    <name>CertificatesPane</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="94"/>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="95"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="107"/>
        <source>Approved calibrations waiting for a certificate</source>
        <translation>Hiệu chuẩn đã phê duyệt đang chờ cấp giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="110"/>
        <location filename="../../ui/panes/certificates.py" line="149"/>
        <source>Device</source>
        <translation>Phương tiện đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="111"/>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="112"/>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="113"/>
        <source>Calibration</source>
        <translation>Lần hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="117"/>
        <location filename="../../ui/panes/certificates.py" line="159"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="119"/>
        <source>Sign and issue</source>
        <translation>Ký và ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="128"/>
        <source>Only a signatory issues certificates.</source>
        <translation>Chỉ người có thẩm quyền ký mới ban hành giấy chứng nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="132"/>
        <source>Your password</source>
        <translation>Mật khẩu của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="141"/>
        <source>Issued certificates</source>
        <translation>Giấy chứng nhận đã ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="143"/>
        <source>Certificate number, lab ID or customer</source>
        <translation>Số giấy chứng nhận, mã PTN hoặc khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="147"/>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="148"/>
        <source>Revision</source>
        <translation>Lần ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="150"/>
        <source>Work order</source>
        <translation>Phiếu tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="151"/>
        <source>Issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="152"/>
        <source>Issued by</source>
        <translation>Người ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="153"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="160"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="161"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="162"/>
        <source>Label PDF…</source>
        <translation>Tem hiệu chuẩn PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="163"/>
        <source>Amend…</source>
        <translation>Sửa đổi…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="176"/>
        <source>A work order&apos;s certificates</source>
        <translation>Giấy chứng nhận của một phiếu tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="179"/>
        <source>Save all as PDF…</source>
        <translation>Lưu tất cả thành PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="181"/>
        <source>Print all…</source>
        <translation>In tất cả…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="185"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="201"/>
        <source>Check a certificate</source>
        <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="203"/>
        <source>Text of the QR code</source>
        <translation>Nội dung mã QR</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="205"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="207"/>
        <source>Check a PDF…</source>
        <translation>Kiểm tra tệp PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="252"/>
        <source>current</source>
        <translation>hiện hành</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="252"/>
        <source>superseded</source>
        <translation>đã bị thay thế</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="287"/>
        <source>Choose an issued certificate first.</source>
        <translation>Hãy chọn một giấy chứng nhận đã ban hành trước.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="308"/>
        <source>No approved calibration is waiting.</source>
        <translation>Không có hiệu chuẩn đã phê duyệt nào đang chờ.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="321"/>
        <source>Certificate %1 issued for %2.</source>
        <translation>Đã ban hành giấy chứng nhận %1 cho %2.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="333"/>
        <source>Amend the current revision, not a superseded one.</source>
        <translation>Hãy sửa đổi lần ban hành hiện hành, không phải lần đã bị thay thế.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="349"/>
        <source>Revision %1 of %2 issued; it supersedes revision %3.</source>
        <translation>Đã ban hành lần %1 của %2; lần này thay thế lần %3.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="373"/>
        <source>Printing %1…</source>
        <translation>Đang in %1…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="383"/>
        <source>Save certificate as PDF</source>
        <translation>Lưu giấy chứng nhận thành PDF</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="409"/>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="412"/>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="394"/>
        <source>Save calibration label as PDF</source>
        <translation>Lưu tem hiệu chuẩn thành PDF</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="420"/>
        <source>Folder for the certificates of %1</source>
        <translation>Thư mục lưu giấy chứng nhận của %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="427"/>
        <source>Saving the certificates of %1…</source>
        <translation>Đang lưu giấy chứng nhận của %1…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="440"/>
        <source>Printing the certificates of %1…</source>
        <translation>Đang in giấy chứng nhận của %1…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="445"/>
        <source>A batch is already running; wait or cancel it.</source>
        <translation>Một lô đang chạy; hãy chờ hoặc hủy nó.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="476"/>
        <source>%1 certificates of %2 saved in %3.</source>
        <translation>Đã lưu %1 giấy chứng nhận của %2 vào %3.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="483"/>
        <source>%1 certificates of %2 sent to the printer.</source>
        <translation>Đã gửi %1 giấy chứng nhận của %2 tới máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="488"/>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="498"/>
        <source>The batch stopped: %1. Files already saved are complete.</source>
        <translation>Lô đã dừng: %1. Các tệp đã lưu đều hoàn chỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="506"/>
        <source>Cancelled. The certificates saved before you cancelled are complete.</source>
        <translation>Đã hủy. Các giấy chứng nhận lưu trước khi hủy đều hoàn chỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="519"/>
        <source>Certificate PDF to check</source>
        <translation>Tệp PDF giấy chứng nhận cần kiểm tra</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="92"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="92"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="92"/>
        <source>Value in the record</source>
        <translation>Giá trị trong bản ghi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="93"/>
        <source>Other value</source>
        <translation>Giá trị kia</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="93"/>
        <source>Other value from</source>
        <translation>Giá trị kia từ máy</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="93"/>
        <source>Common ancestor</source>
        <translation>Giá trị chung trước đó</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="94"/>
        <source>Found</source>
        <translation>Phát hiện lúc</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="104"/>
        <source>Keep the value in the record</source>
        <translation>Giữ giá trị trong bản ghi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="106"/>
        <source>Take the other value</source>
        <translation>Lấy giá trị kia</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="108"/>
        <source>Type the right value…</source>
        <translation>Nhập giá trị đúng…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="136"/>
        <source>this workstation</source>
        <translation>máy này</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="164"/>
        <source>Your role may not edit the register, so it may not settle conflicts.</source>
        <translation>Vai trò của bạn không được sửa sổ thiết bị nên không được giải quyết xung đột.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="174"/>
        <source>Type the right value</source>
        <translation>Nhập giá trị đúng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="176"/>
        <source>The right %1 of %2:</source>
        <translation>Giá trị đúng của %1 cho %2:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="178"/>
        <source>Numbers may have a decimal comma; dates are day/month/year.</source>
        <translation>Số có thể dùng dấu phẩy thập phân; ngày viết theo ngày/tháng/năm.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="201"/>
        <source>This conflict was already settled; the list is brought up to date.</source>
        <translation>Xung đột này đã được giải quyết; danh sách đã được cập nhật.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="206"/>
        <source>Settled: %1 of %2 is now %3. The decision goes to the centre and the other workstations at the next sync.</source>
        <translation>Đã giải quyết: %1 của %2 nay là %3. Quyết định được gửi lên trung tâm và các máy khác ở lần đồng bộ tiếp theo.</translation>
    </message>
</context>
<context>
    <name>ConnectionRow</name>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="43"/>
        <source>reference standard</source>
        <translation>chuẩn đo lường</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="44"/>
        <source>unit under test</source>
        <translation>phương tiện được hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="58"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="70"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="84"/>
        <source>a port, e.g. /dev/ttyUSB0 or COM3</source>
        <translation>một cổng, ví dụ /dev/ttyUSB0 hoặc COM3</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="93"/>
        <source>Baud</source>
        <translation>Tốc độ baud</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="104"/>
        <source>Simulated</source>
        <translation>Mô phỏng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="111"/>
        <source>no handshake</source>
        <translation>không bắt tay</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="142"/>
        <source>Asking %1 who it is…</source>
        <translation>Đang hỏi thiết bị trên %1…</translation>
    </message>
</context>
<context>
    <name>ConnectionsBox</name>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="164"/>
        <source>Instruments</source>
        <translation>Thiết bị đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="168"/>
        <source>This procedure reads no instrument over a cable.</source>
        <translation>Quy trình này không đọc thiết bị nào qua cáp.</translation>
    </message>
</context>
<context>
    <name>ContributionBars</name>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="51"/>
        <source>No budget yet</source>
        <translation>Chưa có bảng ngân sách</translation>
    </message>
</context>
<context>
    <name>DeviceKinds</name>
    <message>
        <location filename="../../ui/names.py" line="24"/>
        <source>balance</source>
        <translation>cân</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="25"/>
        <source>caliper</source>
        <translation>thước cặp</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="26"/>
        <source>clamp meter</source>
        <translation>ampe kìm</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="27"/>
        <source>dial gauge</source>
        <translation>đồng hồ so</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="28"/>
        <source>furnace</source>
        <translation>lò nung</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="29"/>
        <source>hygrometer</source>
        <translation>ẩm kế</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="30"/>
        <source>incubator</source>
        <translation>tủ ấm</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="31"/>
        <source>insulation tester</source>
        <translation>máy đo điện trở cách điện</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="32"/>
        <source>lux meter</source>
        <translation>máy đo độ rọi</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="33"/>
        <source>micrometer</source>
        <translation>panme</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="34"/>
        <source>multimeter</source>
        <translation>đồng hồ vạn năng</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="35"/>
        <source>oscilloscope</source>
        <translation>máy hiện sóng</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="36"/>
        <source>oven</source>
        <translation>tủ sấy</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="37"/>
        <source>power supply</source>
        <translation>nguồn điện</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="38"/>
        <source>pressure gauge</source>
        <translation>áp kế</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="39"/>
        <source>pressure transmitter</source>
        <translation>bộ chuyển đổi áp suất</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="40"/>
        <source>sound level meter</source>
        <translation>máy đo mức âm</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="41"/>
        <source>stopwatch</source>
        <translation>đồng hồ bấm giây</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="42"/>
        <source>temperature bath</source>
        <translation>bể ổn nhiệt</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="43"/>
        <source>thermohygrometer</source>
        <translation>nhiệt ẩm kế</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="44"/>
        <source>thermometer</source>
        <translation>nhiệt kế</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="45"/>
        <source>torque wrench</source>
        <translation>cờ lê lực</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="46"/>
        <source>weight</source>
        <translation>quả cân</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../ui/models/device_table.py" line="45"/>
        <source>Lab ID</source>
        <translation>Mã PTN</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="46"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="47"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="49"/>
        <source>Manufacturer</source>
        <translation>Hãng sản xuất</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="53"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="54"/>
        <source>Serial no.</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="55"/>
        <source>Asset tag</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="56"/>
        <source>Range</source>
        <translation>Phạm vi đo</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="58"/>
        <source>Last calibrated</source>
        <translation>Hiệu chuẩn gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="63"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
</context>
<context>
    <name>DevicesPane</name>
    <message>
        <location filename="../../ui/panes/devices.py" line="72"/>
        <source>The register is empty</source>
        <translation>Danh mục thiết bị đang trống</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="75"/>
        <source>Start with the demo lab to look around, or import the device list a customer sent (Excel or CSV, Vietnamese or English headers).</source>
        <translation>Hãy bắt đầu với phòng thí nghiệm mẫu để xem thử, hoặc nhập danh sách thiết bị do khách hàng gửi (Excel hoặc CSV, tiêu đề tiếng Việt hoặc tiếng Anh).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="80"/>
        <source>Load the demo lab</source>
        <translation>Tải phòng thí nghiệm mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="82"/>
        <source>Import a device list…</source>
        <translation>Nhập danh sách thiết bị…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="113"/>
        <source>Search name, serial, model, asset tag, lab ID… (accents optional)</source>
        <translation>Tìm theo tên, số sê-ri, model, mã tài sản, mã PTN… (không cần gõ dấu)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="123"/>
        <source>All devices</source>
        <translation>Tất cả thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="124"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="125"/>
        <source>Due within 30 days</source>
        <translation>Đến hạn trong 30 ngày</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="130"/>
        <source>Import device list…</source>
        <translation>Nhập danh sách thiết bị…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="160"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="163"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="173"/>
        <source>Lab ID</source>
        <translation>Mã PTN</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="174"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="175"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="176"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="177"/>
        <source>Manufacturer</source>
        <translation>Nhà sản xuất</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="178"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="179"/>
        <source>Serial no.</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="180"/>
        <source>Asset tag</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="181"/>
        <source>Range</source>
        <translation>Phạm vi đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="182"/>
        <source>Resolution</source>
        <translation>Độ phân giải</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="183"/>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="184"/>
        <source>Interval</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="185"/>
        <source>Last calibrated</source>
        <translation>Hiệu chuẩn gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="186"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="187"/>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="188"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="208"/>
        <source>All customers</source>
        <translation>Tất cả khách hàng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/devices.py" line="46"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n thiết bị</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="230"/>
        <source>counting…</source>
        <translation>đang đếm…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/devices.py" line="239"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n tháng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Distributions</name>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="34"/>
        <source>normal</source>
        <translation>chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="35"/>
        <source>rectangular</source>
        <translation>chữ nhật</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="36"/>
        <source>triangular</source>
        <translation>tam giác</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="37"/>
        <source>arcsine</source>
        <translation>arcsin (dạng U)</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <location filename="../../ui/panes/calibration_plot.py" line="73"/>
        <source>No points yet</source>
        <translation>Chưa có điểm đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_plot.py" line="119"/>
        <source>Error ± U in % of MPE at each nominal value (%1)</source>
        <translation>Sai số ± U theo % MPE tại mỗi giá trị danh định (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_plot.py" line="122"/>
        <source>○ as found   ● as left</source>
        <translation>○ trước hiệu chỉnh   ● sau hiệu chỉnh</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/login.py" line="134"/>
        <source>CalDesk — first admin</source>
        <translation>CalDesk — quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="137"/>
        <source>This database has no users yet. Create the lab&apos;s first admin: the admin adds the technicians, reviewers and signatories afterwards.</source>
        <translation>Cơ sở dữ liệu này chưa có người dùng. Hãy tạo quản trị viên đầu tiên của phòng thí nghiệm; sau đó quản trị viên sẽ thêm các kỹ thuật viên, người soát xét và người ký duyệt.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="150"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="151"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="152"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="153"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="155"/>
        <source>Create admin</source>
        <translation>Tạo quản trị viên</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="156"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="167"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Hai mật khẩu không khớp; hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="58"/>
        <source>Import a device list</source>
        <translation>Nhập danh sách thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="70"/>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="78"/>
        <source>Columns: check what each column of the file holds</source>
        <translation>Cột: kiểm tra nội dung của từng cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81"/>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81"/>
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81"/>
        <source>Imported as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="86"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109"/>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="113"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="116"/>
        <source>Customer name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="122"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="130"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="135"/>
        <location filename="../../ui/import_dialog.py" line="408"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Save rejected rows…</source>
        <translation>Lưu các dòng bị loại…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="140"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="159"/>
        <source>Device list</source>
        <translation>Danh sách thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="161"/>
        <source>Device lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Danh sách thiết bị (*.xlsx *.csv *.txt);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="188"/>
        <source>Header found on line %1 (%2). Check the columns, then Check or Import.</source>
        <translation>Đã tìm thấy tiêu đề ở dòng %1 (%2). Hãy kiểm tra các cột, rồi bấm Kiểm tra hoặc Nhập.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="205"/>
        <source>— not imported —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="251"/>
        <source>Device name</source>
        <translation>Tên thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="252"/>
        <source>Kind of device</source>
        <translation>Loại thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="253"/>
        <source>Manufacturer</source>
        <translation>Nhà sản xuất</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="254"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="255"/>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="256"/>
        <source>Asset tag</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="257"/>
        <source>Range (min–max unit)</source>
        <translation>Phạm vi đo (min–max đơn vị)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258"/>
        <source>Range minimum</source>
        <translation>Giới hạn dưới phạm vi đo</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="259"/>
        <source>Range maximum</source>
        <translation>Giới hạn trên phạm vi đo</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="260"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="261"/>
        <source>Resolution</source>
        <translation>Độ phân giải</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="262"/>
        <source>Accuracy / class</source>
        <translation>Độ chính xác / cấp chính xác</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="263"/>
        <source>Calibration interval</source>
        <translation>Chu kỳ hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="264"/>
        <source>Last calibration date</source>
        <translation>Ngày hiệu chuẩn gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="265"/>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="266"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="337"/>
        <source>The import failed and the register is unchanged: %1</source>
        <translation>Nhập thất bại, danh mục thiết bị không thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="348"/>
        <source>Import cancelled; the register is unchanged.</source>
        <translation>Đã hủy nhập; danh mục thiết bị không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="353"/>
        <source>Check: %1 new, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>Kiểm tra: %1 mới, %2 sẽ cập nhật, %3 không đổi, %4 bị loại.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="356"/>
        <source>Imported %1, updated %2, unchanged %3, rejected %4. Work order %5.</source>
        <translation>Đã nhập %1, cập nhật %2, không đổi %3, bị loại %4. Phiếu tiếp nhận %5.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="360"/>
        <source>Nothing changed: this file was already taken in as %5 (%1 new, %2 updated, %3 unchanged, %4 rejected).</source>
        <translation>Không có gì thay đổi: tệp này đã được tiếp nhận theo phiếu %5 (%1 mới, %2 cập nhật, %3 không đổi, %4 bị loại).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="382"/>
        <source>Save rejected rows</source>
        <translation>Lưu các dòng bị loại</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="384"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="393"/>
        <source>Rejected rows saved to %1: fix them there and import that file.</source>
        <translation>Đã lưu các dòng bị loại vào %1: hãy sửa trong tệp đó rồi nhập lại tệp đó.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="408"/>
        <source>Cancel import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="421"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>InputsTable</name>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="58"/>
        <source>Input</source>
        <translation>Đại lượng vào</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="59"/>
        <source>Distribution</source>
        <translation>Phân bố</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="60"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="61"/>
        <source>u or half-width</source>
        <translation>u / nửa độ rộng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="62"/>
        <source>ν (blank = ∞)</source>
        <translation>ν (để trống = ∞)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="63"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="143"/>
        <source>Kept as in the budget file; edit the file to change it.</source>
        <translation>Giữ nguyên như trong tệp ngân sách; hãy sửa tệp để thay đổi.</translation>
    </message>
</context>
<context>
    <name>InstrumentDescriptions</name>
    <message>
        <location filename="../../ui/names.py" line="91"/>
        <source>HP/Agilent 34401A 6½-digit multimeter (SCPI)</source>
        <translation>Đồng hồ vạn năng HP/Agilent 34401A 6½ chữ số (SCPI)</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="92"/>
        <source>Fluke 5520A multiproduct calibrator (REMOTE I/F in COMP mode)</source>
        <translation>Máy hiệu chuẩn đa năng Fluke 5520A (cổng REMOTE I/F, chế độ COMP)</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="95"/>
        <source>Fluke/Hart 9102S dry-well (9103/9141 family)</source>
        <translation>Lò nhiệt khô Fluke/Hart 9102S (họ 9103/9141)</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="96"/>
        <source>Mettler Toledo balance, MT-SICS level 0/1</source>
        <translation>Cân Mettler Toledo, MT-SICS mức 0/1</translation>
    </message>
</context>
<context>
    <name>InstrumentReadings</name>
    <message>
        <location filename="../../ui/names.py" line="99"/>
        <source>DC voltage</source>
        <translation>điện áp một chiều</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="100"/>
        <source>AC voltage</source>
        <translation>điện áp xoay chiều</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="101"/>
        <source>DC current</source>
        <translation>dòng điện một chiều</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="102"/>
        <source>AC current</source>
        <translation>dòng điện xoay chiều</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="103"/>
        <source>2-wire resistance</source>
        <translation>điện trở 2 dây</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="104"/>
        <source>4-wire resistance</source>
        <translation>điện trở 4 dây</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="105"/>
        <source>the selected output (unit as sourced)</source>
        <translation>đầu ra đang chọn (đơn vị theo nguồn phát)</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="106"/>
        <source>well temperature</source>
        <translation>nhiệt độ giếng nhiệt</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="107"/>
        <source>set point</source>
        <translation>điểm đặt</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="108"/>
        <source>stable weight (S)</source>
        <translation>khối lượng ổn định (S)</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="109"/>
        <source>immediate weight, stable or not (SI)</source>
        <translation>khối lượng tức thời, ổn định hay chưa (SI)</translation>
    </message>
</context>
<context>
    <name>InstrumentTitles</name>
    <message>
        <location filename="../../ui/names.py" line="79"/>
        <source>the HP 34401A multimeter</source>
        <translation>đồng hồ vạn năng HP 34401A</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="80"/>
        <source>the Fluke 5520A calibrator</source>
        <translation>thiết bị chuẩn đa năng Fluke 5520A</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="81"/>
        <source>the Hart 9102S dry-well</source>
        <translation>lò nhiệt khô Hart 9102S</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="82"/>
        <source>the Mettler Toledo balance</source>
        <translation>cân Mettler Toledo</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="83"/>
        <source>the instrument</source>
        <translation>thiết bị</translation>
    </message>
</context>
<context>
    <name>InstrumentsPane</name>
    <message>
        <location filename="../../ui/panes/instruments.py" line="161"/>
        <location filename="../../ui/panes/instruments.py" line="320"/>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="162"/>
        <source>Identify</source>
        <translation>Nhận dạng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="163"/>
        <location filename="../../ui/panes/instruments.py" line="323"/>
        <source>Start readings</source>
        <translation>Bắt đầu đọc</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="165"/>
        <location filename="../../ui/panes/instruments.py" line="254"/>
        <source>Not connected.</source>
        <translation>Chưa kết nối.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="169"/>
        <source>Instrument</source>
        <translation>Máy đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="170"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="171"/>
        <source>Reading</source>
        <translation>Số đọc</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="172"/>
        <source>Identity</source>
        <translation>Thông tin nhận dạng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="191"/>
        <source>%1 (simulator)</source>
        <translation>%1 (mô phỏng)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="220"/>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối với %1…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="231"/>
        <source>Stopping after the reading in progress…</source>
        <translation>Đang dừng sau lần đọc hiện tại…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="237"/>
        <source>Reading %1 live.</source>
        <translation>Đang đọc trực tiếp %1.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="290"/>
        <source>Connected to %1 on %2.</source>
        <translation>Đã kết nối với %1 qua %2.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="302"/>
        <source>Readings stopped.</source>
        <translation>Đã dừng đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="320"/>
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="323"/>
        <source>Stop readings</source>
        <translation>Dừng đọc</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="67"/>
        <source>CalDesk is locked</source>
        <translation>CalDesk đã bị khóa</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="71"/>
        <source>Locked after %1 idle minutes. %2 (%3), type your password to go on.</source>
        <translation>Đã khóa sau %1 phút không hoạt động. %2 (%3), hãy nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="82"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="102"/>
        <source>The password is wrong.</source>
        <translation>Mật khẩu không đúng.</translation>
    </message>
</context>
<context>
    <name>LogInDialog</name>
    <message>
        <location filename="../../ui/login.py" line="72"/>
        <source>CalDesk — log in</source>
        <translation>CalDesk — đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="77"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <location filename="../../ui/login.py" line="99"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="80"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="89"/>
        <source>Demo lab: its users and passwords. Click one to fill it in.</source>
        <translation>Phòng thí nghiệm mẫu: người dùng và mật khẩu. Bấm vào một dòng để điền.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="99"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="99"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="108"/>
        <source>Demo lab only: click a user to fill in the log-in.</source>
        <translation>Chỉ dành cho phòng thí nghiệm mẫu: bấm vào một người dùng để điền thông tin đăng nhập.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Import device list…</source>
        <translation>&amp;Nhập danh sách thiết bị…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="190"/>
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n thay đổi chờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="192"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n xung đột</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Open the Sync pane</source>
        <translation>Mở mục Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Last sync failed %1</source>
        <translation>Đồng bộ lỗi lúc %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Last sync %1</source>
        <translation>Đồng bộ lần cuối %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Sync not set up</source>
        <translation>Chưa cài đặt đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>demo lab (simulated instruments)</source>
        <translation>phòng thí nghiệm mẫu (máy đo mô phỏng)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Database: %1 · workstation %2</source>
        <translation>Cơ sở dữ liệu: %1 · máy trạm %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>logged in as %1 (%2)</source>
        <translation>đăng nhập với tên %1 (%2)</translation>
    </message>
</context>
<context>
    <name>McmHistogram</name>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="108"/>
        <source>Run Monte Carlo to see the distribution</source>
        <translation>Chạy Monte Carlo để xem phân bố</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="177"/>
        <source>symmetric</source>
        <translation>đối xứng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="177"/>
        <source>shortest</source>
        <translation>ngắn nhất</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="179"/>
        <source>GUM y ± U</source>
        <translation>GUM y ± U</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/panes/__init__.py" line="27"/>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="30"/>
        <source>Work orders</source>
        <translation>Phiếu tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="35"/>
        <source>Calibrate</source>
        <translation>Hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="40"/>
        <source>Standards</source>
        <translation>Chuẩn đo lường</translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="45"/>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="50"/>
        <source>Uncertainty</source>
        <translation>Độ không đảm bảo đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="55"/>
        <source>Instruments</source>
        <translation>Máy đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="58"/>
        <source>Audit trail</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="59"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>PlaceWeightsDialog</name>
    <message>
        <location filename="../../ui/typed_entry.py" line="143"/>
        <source>Place the reference weight</source>
        <translation>Đặt quả cân chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="149"/>
        <source>The weight is on the pan</source>
        <translation>Quả cân đã ở trên đĩa cân</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="151"/>
        <source>Stop the run</source>
        <translation>Dừng phép đo</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="164"/>
        <source>%1 (serial %2)</source>
        <translation>%1 (số sê-ri %2)</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="169"/>
        <source>First empty the pan and zero the balance.</source>
        <translation>Trước hết hãy để trống đĩa cân và đặt cân về không.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="171"/>
        <source>Take the previous weight off the pan.</source>
        <translation>Hãy nhấc quả cân trước ra khỏi đĩa cân.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="173"/>
        <source>Test point %1: place the %1 weight of the set %2 on the pan of the balance.</source>
        <translation>Điểm đo %1: đặt quả cân chuẩn %1 của bộ quả cân %2 lên đĩa cân.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="181"/>
        <source>Its certified conventional mass is %1.</source>
        <translation>Khối lượng quy ước được chứng nhận của quả cân là %1.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="186"/>
        <source>Once the weight is on the pan, the balance is read as soon as it is stable.</source>
        <translation>Khi quả cân đã nằm trên đĩa cân, cân được đọc ngay khi chỉ thị ổn định.</translation>
    </message>
</context>
<context>
    <name>ReadingPlot</name>
    <message>
        <location filename="../../ui/panes/instruments.py" line="80"/>
        <source>No readings yet</source>
        <translation>Chưa có số đọc</translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="87"/>
        <source>overload</source>
        <translation>quá tải</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <location filename="../../ui/history.py" line="85"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="86"/>
        <source>Workstation</source>
        <translation>Máy trạm</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="87"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="88"/>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="89"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="90"/>
        <source>Old → new</source>
        <translation>Cũ → mới</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="91"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="36"/>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="37"/>
        <source>Nominal</source>
        <translation>Danh định</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="38"/>
        <source>Reference</source>
        <translation>Giá trị chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="39"/>
        <source>Indication</source>
        <translation>Số chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="40"/>
        <source>Error</source>
        <translation>Sai số</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="41"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="42"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="43"/>
        <source>ν eff</source>
        <translation>ν hiệu dụng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="44"/>
        <source>MPE</source>
        <translation>MPE</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="45"/>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="63"/>
        <source>as found</source>
        <translation>trước hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="63"/>
        <source>as left</source>
        <translation>sau hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="67"/>
        <source>pass</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="68"/>
        <source>conditional pass</source>
        <translation>đạt có điều kiện</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="69"/>
        <source>conditional fail</source>
        <translation>không đạt có điều kiện</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="70"/>
        <source>fail</source>
        <translation>không đạt</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="89"/>
        <source>Sign as reviewed</source>
        <translation>Ký xác nhận đã xem xét</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="91"/>
        <source>Sign as approved</source>
        <translation>Ký phê duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="97"/>
        <source>Your password</source>
        <translation>Mật khẩu của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="99"/>
        <source>Calibrations waiting for review or approval</source>
        <translation>Các lần hiệu chuẩn chờ xem xét hoặc phê duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="119"/>
        <source>Nothing waits for review or approval.</source>
        <translation>Không có gì chờ xem xét hoặc phê duyệt.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="129"/>
        <source>%1, %2 v%3, by %4; %5 (certificate %6); room %7 °C, %8 %RH.</source>
        <translation>%1, %2 v%3, do %4 thực hiện; %5 (giấy chứng nhận %6); phòng %7 °C, %8 %RH.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="137"/>
        <source>Adjusted by %1 between the points as found and as left: %2</source>
        <translation>%1 đã hiệu chỉnh giữa lần đo trước và sau hiệu chỉnh: %2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/names.py" line="17"/>
        <source>technician</source>
        <translation>kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="18"/>
        <source>reviewer</source>
        <translation>người soát xét</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="19"/>
        <source>signatory</source>
        <translation>người ký duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="20"/>
        <source>admin</source>
        <translation>quản trị viên</translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="180"/>
        <source>Lab ID, e.g. 26-A1B-00001</source>
        <translation>Mã phòng thí nghiệm, ví dụ 26-A1B-00001</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="188"/>
        <source>Next: environment</source>
        <translation>Tiếp: môi trường</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="194"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="195"/>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="196"/>
        <source>Reference standard</source>
        <translation>Chuẩn đo lường</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="260"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="262"/>
        <source>Save the draft and go to the points</source>
        <translation>Lưu bản nháp và chuyển sang các điểm đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="268"/>
        <source>Room temperature</source>
        <translation>Nhiệt độ phòng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="269"/>
        <source>Relative humidity</source>
        <translation>Độ ẩm tương đối</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="294"/>
        <location filename="../../ui/panes/calibrate.py" line="358"/>
        <source>Take the points</source>
        <translation>Đo các điểm</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="296"/>
        <source>Stop after this point</source>
        <translation>Dừng sau điểm này</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="304"/>
        <source>I read the displays and type the readings myself</source>
        <translation>Tôi tự đọc số chỉ và nhập các giá trị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="308"/>
        <source>Adjust…</source>
        <translation>Hiệu chỉnh…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="310"/>
        <source>Record what you adjusted, then take the points again as left.</source>
        <translation>Ghi lại những gì đã hiệu chỉnh, rồi đo lại các điểm sau hiệu chỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="313"/>
        <source>Finish: not adjusted</source>
        <translation>Kết thúc: không hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="358"/>
        <source>Take the points as left</source>
        <translation>Đo các điểm sau hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="365"/>
        <source>readings typed in</source>
        <translation>giá trị nhập tay</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="369"/>
        <source>simulated bench</source>
        <translation>bàn đo mô phỏng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="371"/>
        <source>%1 by %2 v%3 with %4 (%5)</source>
        <translation>%1 theo %2 v%3 với %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="379"/>
        <source>Adjusted: %1. Points as left.</source>
        <translation>Đã hiệu chỉnh: %1. Các điểm sau hiệu chỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="384"/>
        <source>Every point is taken as found. Adjust the device and take the points again as left, or finish: the results as found are then the results.</source>
        <translation>Đã đo xong mọi điểm trước hiệu chỉnh. Hãy hiệu chỉnh thiết bị rồi đo lại các điểm sau hiệu chỉnh, hoặc kết thúc: khi đó kết quả trước hiệu chỉnh là kết quả hiệu chuẩn.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="388"/>
        <source>Points as found.</source>
        <translation>Các điểm trước hiệu chỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="465"/>
        <source>Adjust</source>
        <translation>Hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="468"/>
        <source>What did you adjust? One sentence for the certificate, e.g. &apos;DC zero and gain trimmed on the 10 V range&apos;.</source>
        <translation>Bạn đã hiệu chỉnh gì? Một câu cho giấy chứng nhận, ví dụ &apos;Chỉnh điểm không và hệ số khuếch đại DC ở thang 10 V&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="484"/>
        <source>Adjustment recorded. Take the points again as left.</source>
        <translation>Đã ghi lại việc hiệu chỉnh. Hãy đo lại các điểm sau hiệu chỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="498"/>
        <source>Stopped. Every point taken is saved; resume the draft to go on.</source>
        <translation>Đã dừng. Mọi điểm đã đo đều được lưu; tiếp tục bản nháp để đo tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="505"/>
        <source>The run stopped: %1 Every point taken before is saved.</source>
        <translation>Phép đo đã dừng: %1 Mọi điểm đã đo trước đó đều được lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="525"/>
        <source>Calibrate another device</source>
        <translation>Hiệu chuẩn thiết bị khác</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="541"/>
        <source>%1 is %2: %3 of %4 points pass. It now waits for a reviewer.</source>
        <translation>%1 ở trạng thái %2: %3 trên %4 điểm đạt. Giờ chờ người xem xét.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="548"/>
        <source>Adjusted by %1 before the points as left: %2</source>
        <translation>%1 đã hiệu chỉnh trước khi đo các điểm sau hiệu chỉnh: %2</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="561"/>
        <source>2 Environment</source>
        <translation>2 Môi trường</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="561"/>
        <source>1 Standards and instruments</source>
        <translation>1 Chuẩn và thiết bị đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="562"/>
        <source>3 Points</source>
        <translation>3 Điểm đo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="562"/>
        <source>4 Summary</source>
        <translation>4 Tổng kết</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../ui/signing.py" line="52"/>
        <source>Sign: %1</source>
        <translation>Ký: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="59"/>
        <source>Content fingerprint: %1</source>
        <translation>Mã băm nội dung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="65"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="66"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="68"/>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="69"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="101"/>
        <source>The password is wrong; nothing was signed.</source>
        <translation>Mật khẩu không đúng; chưa có gì được ký.</translation>
    </message>
</context>
<context>
    <name>StandardRoles</name>
    <message>
        <location filename="../../ui/names.py" line="61"/>
        <source>calibrator</source>
        <translation>máy hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="62"/>
        <source>dry-well</source>
        <translation>lò nhiệt khô</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="63"/>
        <source>reference gauge</source>
        <translation>áp kế chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="64"/>
        <source>weights</source>
        <translation>quả cân chuẩn</translation>
    </message>
</context>
<context>
    <name>StandardsPane</name>
    <message>
        <location filename="../../ui/panes/standards.py" line="40"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="41"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="42"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="43"/>
        <source>Standard</source>
        <translation>Chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="44"/>
        <source>Used as</source>
        <translation>Dùng làm</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="45"/>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="46"/>
        <source>Calibrated by</source>
        <translation>Nơi hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="60"/>
        <source>Calibrations that used it</source>
        <translation>Các lần hiệu chuẩn đã dùng chuẩn này</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="63"/>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="63"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="63"/>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="63"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="71"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="73"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="78"/>
        <source>Reference standards</source>
        <translation>Chuẩn đo lường</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="81"/>
        <source>Reverse traceability</source>
        <translation>Truy xuất ngược</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="92"/>
        <source>valid</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="93"/>
        <source>due soon</source>
        <translation>sắp hết hạn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="94"/>
        <source>expired: cannot be used</source>
        <translation>hết hạn: không được dùng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/standards.py" line="143"/>
        <source>%n calibration(s) used %1 between %2 and %3.</source>
        <translation>
            <numerusform>%n lần hiệu chuẩn đã dùng %1 từ %2 đến %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncNames</name>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="38"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="39"/>
        <source>Reference standard</source>
        <translation>Chuẩn đo lường</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="40"/>
        <source>Work order</source>
        <translation>Phiếu tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="41"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="42"/>
        <source>Calibration</source>
        <translation>Lần hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="45"/>
        <source>whole record</source>
        <translation>cả bản ghi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="46"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="47"/>
        <source>location</source>
        <translation>vị trí</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="48"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="49"/>
        <source>model</source>
        <translation>kiểu</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="50"/>
        <source>manufacturer</source>
        <translation>hãng sản xuất</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="51"/>
        <source>serial no.</source>
        <translation>số máy</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="52"/>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="53"/>
        <source>contact</source>
        <translation>người liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="54"/>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="55"/>
        <source>interval (months)</source>
        <translation>chu kỳ (tháng)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="56"/>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="57"/>
        <source>asset tag</source>
        <translation>mã tài sản</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="58"/>
        <source>range from</source>
        <translation>phạm vi đo từ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="59"/>
        <source>range to</source>
        <translation>phạm vi đo đến</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="60"/>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="61"/>
        <source>resolution</source>
        <translation>độ phân giải</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="62"/>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="63"/>
        <source>last calibrated</source>
        <translation>ngày hiệu chuẩn gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="64"/>
        <source>tax code</source>
        <translation>mã số thuế</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="65"/>
        <source>e-mail</source>
        <translation>thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="66"/>
        <source>deleted</source>
        <translation>đã xoá</translation>
    </message>
</context>
<context>
    <name>SyncPane</name>
    <message>
        <location filename="../../ui/panes/sync.py" line="76"/>
        <source>off (only on demand)</source>
        <translation>tắt (chỉ khi bấm)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="77"/>
        <source>min</source>
        <translation>phút</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="78"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="82"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="84"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="91"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="114"/>
        <source>Central database</source>
        <translation>Cơ sở dữ liệu trung tâm</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="115"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="116"/>
        <source>Encryption (TLS)</source>
        <translation>Mã hoá (TLS)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="117"/>
        <source>Sync in the background every</source>
        <translation>Tự động đồng bộ mỗi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="122"/>
        <source>Centre</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="131"/>
        <location filename="../../ui/panes/sync.py" line="144"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="132"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="134"/>
        <source>Sync with the centre</source>
        <translation>Đồng bộ với trung tâm</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="143"/>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="143"/>
        <source>How</source>
        <translation>Cách</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="143"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="143"/>
        <source>Pushed</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="144"/>
        <source>Pulled</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="144"/>
        <source>Seconds</source>
        <translation>Giây</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="156"/>
        <source>prefer: TLS when the centre offers it (default)</source>
        <translation>prefer: dùng TLS khi trung tâm hỗ trợ (mặc định)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="157"/>
        <source>require: always TLS, certificate not checked</source>
        <translation>require: luôn dùng TLS, không kiểm tra chứng chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="158"/>
        <source>verify-ca: TLS, certificate checked</source>
        <translation>verify-ca: TLS, có kiểm tra chứng chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="159"/>
        <source>verify-full: TLS, certificate and name checked</source>
        <translation>verify-full: TLS, kiểm tra chứng chỉ và tên máy chủ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="160"/>
        <source>disable: no TLS</source>
        <translation>disable: không dùng TLS</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="161"/>
        <source>allow: TLS only if the centre insists</source>
        <translation>allow: chỉ dùng TLS khi trung tâm yêu cầu</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="177"/>
        <source>saved (type a new one to replace it)</source>
        <translation>đã lưu (gõ mật khẩu mới để thay)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="178"/>
        <source>none saved (certificate or trusted login)</source>
        <translation>chưa lưu (đăng nhập bằng chứng chỉ hoặc tin cậy)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="193"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="199"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="208"/>
        <source>Set the central database&apos;s address first.</source>
        <translation>Hãy nhập địa chỉ cơ sở dữ liệu trung tâm trước.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="214"/>
        <source>Connecting to the centre…</source>
        <translation>Đang kết nối với trung tâm…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="215"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/sync.py" line="221"/>
        <source>%n change(s) sent…</source>
        <translation>
            <numerusform>Đã gửi %n thay đổi…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/sync.py" line="223"/>
        <source>%n row(s) received…</source>
        <translation>
            <numerusform>Đã nhận %n bản ghi…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="234"/>
        <source>Not synced yet on this workstation.</source>
        <translation>Máy này chưa đồng bộ lần nào.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="244"/>
        <source>%1: pushed %2, pulled %3, conflicts found %4, still open %5; took %6 s.</source>
        <translation>%1: đã gửi %2, đã nhận %3, phát hiện %4 xung đột, còn %5 chưa giải quyết; mất %6 giây.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="250"/>
        <source>Last sync went through.</source>
        <translation>Lần đồng bộ gần nhất đã thành công.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="254"/>
        <source>The sync was cancelled (pushed %1, pulled %2); the next sync carries on from there.</source>
        <translation>Đã huỷ đồng bộ (đã gửi %1, đã nhận %2); lần đồng bộ sau sẽ tiếp tục từ đó.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="261"/>
        <source>Nothing was lost: your changes stay on this workstation until the next sync.</source>
        <translation>Không mất dữ liệu: các thay đổi vẫn nằm trên máy này cho đến lần đồng bộ sau.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="266"/>
        <source>The central database could not be reached (network, server, address, login or password).</source>
        <translation>Không kết nối được với cơ sở dữ liệu trung tâm (mạng, máy chủ, địa chỉ, tên đăng nhập hoặc mật khẩu).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="269"/>
        <source>The central database and this CalDesk are not the same version (see the details for who must update).</source>
        <translation>Cơ sở dữ liệu trung tâm và CalDesk trên máy này khác phiên bản (xem chi tiết để biết bên nào cần cập nhật).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="271"/>
        <source>The central database refused the sync (see the details).</source>
        <translation>Cơ sở dữ liệu trung tâm từ chối đồng bộ (xem chi tiết).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="275"/>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="276"/>
        <source>cancelled</source>
        <translation>đã huỷ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="277"/>
        <source>centre unreachable</source>
        <translation>không kết nối được</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="278"/>
        <source>different versions</source>
        <translation>khác phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="279"/>
        <source>refused or failed</source>
        <translation>bị từ chối hoặc lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="283"/>
        <source>by hand</source>
        <translation>bấm tay</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="284"/>
        <source>in the background</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="285"/>
        <source>command line</source>
        <translation>dòng lệnh</translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="318"/>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
</context>
<context>
    <name>TypedValuesDialog</name>
    <message>
        <location filename="../../ui/typed_entry.py" line="90"/>
        <source>Type the readings</source>
        <translation>Nhập số đọc</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="91"/>
        <source>reference</source>
        <translation>chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="91"/>
        <source>unit under test</source>
        <translation>phương tiện đo cần hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="93"/>
        <source>Test point %1 %2: type the %3 readings of the %4.</source>
        <translation>Điểm đo %1 %2: nhập %3 số đọc của %4.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="103"/>
        <source>Reading %1</source>
        <translation>Số đọc %1</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="108"/>
        <source>Save the readings</source>
        <translation>Lưu các số đọc</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="110"/>
        <source>Stop the run</source>
        <translation>Dừng phép đo</translation>
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="126"/>
        <source>Reading %1 (&apos;%2&apos;) is not a number.</source>
        <translation>Số đọc %1 (&apos;%2&apos;) không phải là một số.</translation>
    </message>
</context>
<context>
    <name>UncertaintyPane</name>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="54"/>
        <source>Input</source>
        <translation>Đại lượng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="55"/>
        <source>Estimate</source>
        <translation>Ước lượng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="59"/>
        <source>Index %</source>
        <translation>Tỷ trọng %</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="81"/>
        <source>output = expression, e.g. P = V*I</source>
        <translation>đại lượng ra = biểu thức, vd. P = V*I</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="93"/>
        <source>symmetric</source>
        <translation>đối xứng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="94"/>
        <source>shortest</source>
        <translation>ngắn nhất</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="95"/>
        <source>Evaluate (GUM)</source>
        <translation>Đánh giá (GUM)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="96"/>
        <source>Run Monte Carlo</source>
        <translation>Chạy Monte Carlo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="97"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="99"/>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="100"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="119"/>
        <source>Coverage probability</source>
        <translation>Xác suất phủ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="120"/>
        <source>Monte Carlo trials</source>
        <translation>Số phép thử Monte Carlo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="121"/>
        <source>Seed</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="122"/>
        <source>Interval</source>
        <translation>Khoảng phủ</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="132"/>
        <source>Budget</source>
        <translation>Bảng ngân sách</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="134"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="141"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="171"/>
        <source>Model OK: outputs %1; inputs %2</source>
        <translation>Mô hình hợp lệ: đại lượng ra %1; đại lượng vào %2</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="223"/>
        <source>Could not open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="229"/>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="239"/>
        <source>Not saved: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="242"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="246"/>
        <source>Open budget</source>
        <translation>Mở bảng ngân sách</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="251"/>
        <source>Save budget</source>
        <translation>Lưu bảng ngân sách</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="372"/>
        <source>%1: %2 trials, mean %3, u %4</source>
        <translation>%1: %2 phép thử, trung bình %3, u %4</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="389"/>
        <source>Monte Carlo finished.</source>
        <translation>Monte Carlo đã hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="395"/>
        <source>Monte Carlo failed: %1</source>
        <translation>Monte Carlo thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="402"/>
        <source>Monte Carlo cancelled; nothing was changed.</source>
        <translation>Đã hủy Monte Carlo; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPane</name>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="25"/>
        <source>Work order</source>
        <translation>Phiếu tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="26"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="27"/>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="28"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="29"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="30"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="31"/>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="32"/>
        <source>Rejected</source>
        <translation>Bị loại</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="33"/>
        <source>Imported by</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="36"/>
        <source>Lab ID</source>
        <translation>Mã PTN</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="36"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="36"/>
        <source>Serial no.</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="38"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="44"/>
        <source>Work orders</source>
        <translation>Phiếu tiếp nhận</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <location filename="../../ui/lab_sentences.py" line="16"/>
        <source>The audit trail is broken at entry #{entry}: {problem}</source>
        <translation>Nhật ký kiểm tra bị đứt tại mục #{entry}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="20"/>
        <source>entry #{entry} is missing (the next entry found is #{found}).</source>
        <translation>thiếu mục #{entry} (mục tìm thấy kế tiếp là #{found}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="24"/>
        <source>it does not link to the entry before it (an entry was removed or moved).</source>
        <translation>mục này không nối với mục đứng trước (có mục đã bị xóa hoặc bị di chuyển).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="28"/>
        <source>its content was changed after it was recorded ({actor}, {recorded_at}).</source>
        <translation>nội dung của mục đã bị sửa sau khi được ghi ({actor}, {recorded_at}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="32"/>
        <source>the trail ends at #{last} but its head records #{head}: entries were removed from the end, or the head was changed.</source>
        <translation>nhật ký kết thúc ở mục #{last} nhưng phần đầu chuỗi ghi mục #{head}: có mục ở cuối đã bị xóa, hoặc phần đầu chuỗi đã bị sửa.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="37"/>
        <source>The audit trail is intact: {events} events, every link checked. Head #{events}: {head}</source>
        <translation>Nhật ký kiểm tra còn nguyên vẹn: {events} sự kiện, mọi liên kết đã được kiểm tra. Đầu chuỗi #{events}: {head}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="41"/>
        <source>it no longer has the hash recorded for it earlier: the trail was rewritten and re-hashed from this entry on.</source>
        <translation>mục này không còn mã băm đã ghi lại trước đây: nhật ký đã bị viết lại và tính lại mã băm từ mục này trở đi.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="46"/>
        <source>the entry recorded earlier is no longer in the trail.</source>
        <translation>mục đã ghi lại trước đây không còn trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="50"/>
        <source>Say which port the {drivers} is on.</source>
        <translation>Hãy cho biết {drivers} được nối vào cổng nào.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="54"/>
        <source>The simulated balance carries at most {capacity:g} g, and {lab_id} is calibrated up to {range_max:g} g: run it on its own port.</source>
        <translation>Cân mô phỏng chỉ tải tối đa {capacity:g} g, còn {lab_id} được hiệu chuẩn đến {range_max:g} g: hãy chạy trên cổng thật của nó.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="59"/>
        <source>the field {field!r} is missing.</source>
        <translation>thiếu trường {field!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="63"/>
        <source>{file}: &apos;points&apos; needs &apos;nominal&apos; or &apos;fraction_of_range&apos;.</source>
        <translation>Tệp quy trình {file}: &apos;points&apos; cần có &apos;nominal&apos; hoặc &apos;fraction_of_range&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="67"/>
        <source>{file}: the decision rule must be one of {rules}.</source>
        <translation>Tệp quy trình {file}: quy tắc quyết định phải là một trong {rules}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="71"/>
        <source>{file}: &apos;readings_per_point&apos; must be 1 or more.</source>
        <translation>Tệp quy trình {file}: &apos;readings_per_point&apos; phải từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="75"/>
        <source>{file}: &apos;cmc&apos; needs &apos;absolute&apos; and/or &apos;relative&apos; (numbers).</source>
        <translation>Tệp quy trình {file}: &apos;cmc&apos; cần có &apos;absolute&apos; và/hoặc &apos;relative&apos; (là số).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="79"/>
        <source>{file}: the &apos;cmc&apos; values must be zero or positive numbers.</source>
        <translation>Tệp quy trình {file}: các giá trị của &apos;cmc&apos; phải bằng không hoặc là số dương.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="83"/>
        <source>{file}: entry {entry!r} is not one of {entries}.</source>
        <translation>Tệp quy trình {file}: cách nhập {entry!r} không thuộc {entries}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="87"/>
        <source>{file}: an entry by {entry} needs its &apos;driver&apos;.</source>
        <translation>Tệp quy trình {file}: cách nhập bằng {entry} cần có &apos;driver&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="91"/>
        <source>{file}: the budget needs a &apos;model&apos; and a list of &apos;inputs&apos;.</source>
        <translation>Tệp quy trình {file}: bảng ngân sách độ không đảm bảo đo cần có &apos;model&apos; và danh sách &apos;inputs&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="95"/>
        <source>{procedure} version {version}</source>
        <translation>{procedure} phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="99"/>
        <source>There is no procedure {which}; the procedures are: {known}.</source>
        <translation>Không có quy trình {which}; các quy trình hiện có: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="103"/>
        <source>The budget template uses ${name}, which a point does not provide.</source>
        <translation>Mẫu ngân sách độ không đảm bảo đo dùng ${name}, nhưng điểm đo không cung cấp giá trị này.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="107"/>
        <source>{file}: cannot be read as JSON ({why}).</source>
        <translation>Tệp quy trình {file}: không đọc được dưới dạng JSON ({why}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="111"/>
        <source>{file}: {why}</source>
        <translation>Tệp quy trình {file}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="115"/>
        <source>Two files define {procedure} version {version}.</source>
        <translation>Có hai tệp cùng định nghĩa {procedure} phiên bản {version}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="119"/>
        <source>{procedure} reads instruments; only procedures read off displays can be typed in.</source>
        <translation>{procedure} đọc số liệu từ thiết bị đo; chỉ các quy trình đọc số trên màn hình hiển thị mới được nhập tay.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="123"/>
        <source>{procedure} has steps done by hand (weights, readings off a display); run it in the Calibrate pane.</source>
        <translation>{procedure} có các bước làm bằng tay (đặt quả cân, đọc số trên màn hình); hãy chạy trong mục Hiệu chuẩn.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="128"/>
        <source>The {drivers} is simulated and the other instrument is on a port: a simulated instrument cannot be wired to a real one. Choose a port for each, or simulate both.</source>
        <translation>{drivers} đang được mô phỏng còn thiết bị kia nối vào cổng thật: không thể nối thiết bị mô phỏng với thiết bị thật. Hãy chọn cổng cho cả hai, hoặc mô phỏng cả hai.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="137"/>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="141"/>
        <source>measured</source>
        <translation>đã đo xong</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="145"/>
        <source>reviewed</source>
        <translation>đã soát xét</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="149"/>
        <source>approved</source>
        <translation>đã phê duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="153"/>
        <source>device of no stated kind</source>
        <translation>thiết bị không ghi rõ loại</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="157"/>
        <source>an adjustment is recorded</source>
        <translation>việc hiệu chỉnh chỉ được ghi lại</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="161"/>
        <source>points are taken</source>
        <translation>các điểm chỉ được đo</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="165"/>
        <source>{lab_id} has no resolution or range in the register; enter them first.</source>
        <translation>{lab_id} chưa có độ phân giải hoặc phạm vi đo trong danh mục thiết bị; hãy nhập trước.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="169"/>
        <source>None of the test points of {procedure} lies in {lab_id}&apos;s range {low:g}–{high:g} {unit}.</source>
        <translation>Không có điểm đo nào của {procedure} nằm trong phạm vi đo {low:g}–{high:g} {unit} của {lab_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="173"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="177"/>
        <source>{lab_id} is a {kind}; procedures that fit: {names}. Name one with --procedure.</source>
        <translation>{lab_id} là {kind}; các quy trình phù hợp: {names}. Hãy chọn một quy trình bằng --procedure.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="181"/>
        <source>There is no device {lab_id} in the register.</source>
        <translation>Không có thiết bị {lab_id} trong danh mục thiết bị.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="185"/>
        <source>There is no calibration {calibration_id}.</source>
        <translation>Không có lần hiệu chuẩn {calibration_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="189"/>
        <source>Say in a sentence what was adjusted (e.g. &apos;DC zero trimmed&apos;).</source>
        <translation>Hãy ghi một câu về những gì đã hiệu chỉnh (ví dụ &apos;chỉnh điểm không DC&apos;).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="193"/>
        <source>The adjustment note is {length} characters; keep it under {most}.</source>
        <translation>Ghi chú hiệu chỉnh dài {length} ký tự; hãy giữ dưới {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="197"/>
        <source>Calibration {calibration_id} was already adjusted ({adjustment}); it is adjusted once, between the as-found and the as-left points.</source>
        <translation>Lần hiệu chuẩn {calibration_id} đã được hiệu chỉnh ({adjustment}); chỉ hiệu chỉnh một lần, giữa các điểm trước hiệu chỉnh và sau hiệu chỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="202"/>
        <source>Take every as-found point before adjusting; still to take ({unit}): {left}.</source>
        <translation>Hãy đo hết các điểm trước hiệu chỉnh rồi mới hiệu chỉnh; còn phải đo ({unit}): {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="206"/>
        <source>Calibration {calibration_id} is {state}; {what} only while it is a draft.</source>
        <translation>Lần hiệu chuẩn {calibration_id} đang ở trạng thái {state}; {what} khi còn là bản nháp.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="210"/>
        <source>Calibration {calibration_id} was adjusted since this run began; resume it to take the as-left points.</source>
        <translation>Lần hiệu chuẩn {calibration_id} đã được hiệu chỉnh sau khi lần chạy này bắt đầu; hãy tiếp tục nó để đo các điểm sau hiệu chỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="215"/>
        <source>Calibration {calibration_id} is already {state}.</source>
        <translation>Lần hiệu chuẩn {calibration_id} đã ở trạng thái {state}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="219"/>
        <source>{user} took these measurements; another person must review them.</source>
        <translation>{user} đã thực hiện các phép đo này; người khác phải soát xét.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="223"/>
        <source>Calibration {calibration_id} is approved and never edited.</source>
        <translation>Lần hiệu chuẩn {calibration_id} đã được phê duyệt và không bao giờ được sửa.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="227"/>
        <source>Calibration {calibration_id} is {state}; only a {needed} calibration can be {to}.</source>
        <translation>Lần hiệu chuẩn {calibration_id} đang ở trạng thái {state}; chỉ lần hiệu chuẩn ở trạng thái {needed} mới chuyển được sang {to}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="231"/>
        <source>The room temperature {temperature:g} °C is outside {low:g}–{high:g} °C: check the thermometer reading and type it again.</source>
        <translation>Nhiệt độ phòng {temperature:g} °C nằm ngoài {low:g}–{high:g} °C: hãy kiểm tra số đọc của nhiệt kế và nhập lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="236"/>
        <source>The humidity {humidity:g} %RH is outside {low:g}–{high:g} %RH: check the hygrometer reading and type it again.</source>
        <translation>Độ ẩm {humidity:g} %RH nằm ngoài {low:g}–{high:g} %RH: hãy kiểm tra số đọc của ẩm kế và nhập lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="241"/>
        <source>{procedure} calibrates {kinds}, but {lab_id} is a {kind}.</source>
        <translation>{procedure} dùng để hiệu chuẩn {kinds}, nhưng {lab_id} là {kind}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="245"/>
        <source>{lab_id}&apos;s accuracy &apos;{accuracy}&apos; gives no tolerance at {nominal:g} {unit}; this point cannot be judged.</source>
        <translation>Độ chính xác &apos;{accuracy}&apos; của {lab_id} không cho ra sai số cho phép tại {nominal:g} {unit}; không thể đánh giá điểm này.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="250"/>
        <source>&apos;{calibration_id}&apos; is not a calibration id.</source>
        <translation>&apos;{calibration_id}&apos; không phải là mã lần hiệu chuẩn.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="254"/>
        <source>As-left points still to take ({unit}): {left}.</source>
        <translation>Các điểm sau hiệu chỉnh còn phải đo ({unit}): {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="258"/>
        <source>Points still to take ({unit}): {left}.</source>
        <translation>Các điểm còn phải đo ({unit}): {left}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="262"/>
        <source>{lab_id} is in {unit}, which is not a {quantity} unit ({procedure_unit}); {procedure} cannot calibrate it.</source>
        <translation>{lab_id} dùng đơn vị {unit}, không phải đơn vị của đại lượng {quantity} ({procedure_unit}); {procedure} không hiệu chuẩn được thiết bị này.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="267"/>
        <source>{lab_id}: {why}</source>
        <translation>Thiết bị {lab_id}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="271"/>
        <source>The lab has no reference standard used as &apos;{role}&apos;.</source>
        <translation>Phòng thí nghiệm không có chuẩn đo lường nào dùng làm {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="275"/>
        <source>There is no reference standard with the code {code}.</source>
        <translation>Không có chuẩn đo lường nào có mã {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="279"/>
        <source>{code} is valid until {until}.</source>
        <translation>{code} còn hiệu lực đến {until}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="283"/>
        <source>{code} has no certified value at {nominal:g} {unit} (its certificate covers {certified}).</source>
        <translation>{code} không có giá trị được chứng nhận tại {nominal:g} {unit} (giấy chứng nhận của chuẩn gồm {certified}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="287"/>
        <source>{code} ({name}) cannot be used: its certificate {certificate} expired on {until}; have it recalibrated and enter the new certificate.</source>
        <translation>Không dùng được {code} ({name}): giấy chứng nhận {certificate} của chuẩn đã hết hạn ngày {until}; hãy gửi hiệu chuẩn lại và nhập giấy chứng nhận mới.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="292"/>
        <source>{code} is valid until {until}, {left} days from now: book its recalibration.</source>
        <translation>{code} còn hiệu lực đến {until}, còn {left} ngày nữa: hãy đặt lịch hiệu chuẩn lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="133"/>
        <source>{lab_id} is a {kind}; no procedure calibrates that kind of device.</source>
        <translation>{lab_id} là {kind}; chưa có quy trình nào hiệu chuẩn loại thiết bị này.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="296"/>
        <source>{code} is used as &apos;{role}&apos;, but this step needs a standard used as &apos;{needed}&apos;.</source>
        <translation>{code} được dùng làm {role}, nhưng bước này cần một chuẩn dùng làm {needed}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="300"/>
        <source>no points</source>
        <translation>không có điểm nào</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="304"/>
        <source>The accuracy &apos;{accuracy}&apos; is not one CalDesk reads: write e.g. ±(0.05 % + 2 d), ±0.2 °C, Cấp 1.6 or Cấp II in the register.</source>
        <translation>CalDesk không đọc được độ chính xác &apos;{accuracy}&apos;: hãy ghi trong danh mục thiết bị, ví dụ ±(0.05 % + 2 d), ±0.2 °C, Cấp 1.6 hoặc Cấp II.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="309"/>
        <source>The device has no accuracy in the register, so it has no MPE.</source>
        <translation>Thiết bị chưa có độ chính xác trong danh mục thiết bị nên không có sai số cho phép lớn nhất (MPE).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="313"/>
        <source>A load of {reading:g} is beyond the {accuracy} balance&apos;s scale.</source>
        <translation>Tải {reading:g} vượt quá thang đo của cân {accuracy}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="317"/>
        <source>An MPE of {mpe:g} leaves nothing to accept.</source>
        <translation>MPE bằng {mpe:g} thì không còn vùng chấp nhận nào.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="321"/>
        <source>The accuracy class in &apos;{accuracy}&apos; is not a number.</source>
        <translation>Cấp chính xác trong &apos;{accuracy}&apos; không phải là một số.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="325"/>
        <source>&apos;{rule}&apos; is not a decision rule CalDesk knows.</source>
        <translation>&apos;{rule}&apos; không phải là quy tắc quyết định mà CalDesk biết.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="329"/>
        <source>the lab&apos;s name in Vietnamese</source>
        <translation>tên phòng thí nghiệm bằng tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="333"/>
        <source>the lab&apos;s name in English</source>
        <translation>tên phòng thí nghiệm bằng tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="337"/>
        <source>the lab&apos;s address</source>
        <translation>địa chỉ phòng thí nghiệm</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="341"/>
        <source>Calibration {calibration_id} is {state}; a certificate is made only from an approved calibration (review and approval come first).</source>
        <translation>Lần hiệu chuẩn {calibration_id} đang ở trạng thái {state}; giấy chứng nhận chỉ được lập từ lần hiệu chuẩn đã phê duyệt (cần soát xét và phê duyệt trước).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="346"/>
        <source>Calibration {calibration_id} has no measurement points.</source>
        <translation>Lần hiệu chuẩn {calibration_id} không có điểm đo nào.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="350"/>
        <source>Calibration {calibration_id} has no recorded room temperature or humidity.</source>
        <translation>Lần hiệu chuẩn {calibration_id} chưa ghi nhiệt độ hoặc độ ẩm phòng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="354"/>
        <source>The lab setting &apos;{key}&apos; ({what}) is not set; an administrator sets it before any certificate is issued.</source>
        <translation>Cài đặt phòng thí nghiệm &apos;{key}&apos; ({what}) chưa được đặt; quản trị viên phải đặt trước khi ban hành bất kỳ giấy chứng nhận nào.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="359"/>
        <source>The procedure this calibration ran cannot be read: {why}</source>
        <translation>Không đọc được quy trình mà lần hiệu chuẩn này đã dùng: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="363"/>
        <source>There is no certificate {number} in this workstation&apos;s records.</source>
        <translation>Hồ sơ của máy trạm này không có giấy chứng nhận {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="367"/>
        <source>Certificate {number} has {count} revision(s); there is no revision {revision}.</source>
        <translation>Giấy chứng nhận {number} có {count} lần ban hành; không có lần ban hành {revision}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="371"/>
        <source>Calibration {calibration_id} already has the certificate {number} (revision {revision}); amend that certificate instead of issuing again.</source>
        <translation>Lần hiệu chuẩn {calibration_id} đã có giấy chứng nhận {number} (lần ban hành {revision}); hãy sửa đổi giấy chứng nhận đó thay vì ban hành lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="376"/>
        <source>An amendment must say why it is made (ISO/IEC 17025 7.8.8); give the reason.</source>
        <translation>Việc sửa đổi phải nêu lý do (ISO/IEC 17025 7.8.8); hãy ghi lý do.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="380"/>
        <source>Revision {revision} of {number} is already superseded.</source>
        <translation>Lần ban hành {revision} của {number} đã bị thay thế.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="384"/>
        <source>There is no work order {number}.</source>
        <translation>Không có phiếu tiếp nhận {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="388"/>
        <source>The signatory who approved calibration {calibration_id} is not a user here.</source>
        <translation>Người ký duyệt đã phê duyệt lần hiệu chuẩn {calibration_id} không phải là người dùng ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="392"/>
        <source>Calibration {calibration_id} is approved and never edited; the agreement had to be recorded before approval.</source>
        <translation>Lần hiệu chuẩn {calibration_id} đã được phê duyệt và không bao giờ được sửa; thỏa thuận phải được ghi trước khi phê duyệt.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="397"/>
        <source>An agreed interval of {value} months is not plausible; say 1 to {most} months.</source>
        <translation>Chu kỳ thỏa thuận {value} tháng là không hợp lý; hãy nhập từ 1 đến {most} tháng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="401"/>
        <source>&apos;{condition}&apos; is not a condition; say one of: {conditions}.</source>
        <translation>&apos;{condition}&apos; không phải là một tình trạng; hãy chọn một trong: {conditions}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="405"/>
        <source>the row at {nominal} {unit} reads {reference}, {indication}, {error}, U = {u} {unit}</source>
        <translation>dòng tại {nominal} {unit} ghi {reference}, {indication}, {error}, U = {u} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="409"/>
        <source>Genuine: {number} revision {revision}, issued on {issued_on} by {signatory}, is the current revision.</source>
        <translation>Hợp lệ: {number} lần ban hành {revision}, do {signatory} ban hành ngày {issued_on}, là lần ban hành hiện hành.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="414"/>
        <source>not stated</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="418"/>
        <source>This is not the QR text of a CalDesk certificate ({prefix}|number|revision|64 hex digits).</source>
        <translation>Đây không phải là nội dung mã QR của giấy chứng nhận CalDesk ({prefix}|số|lần ban hành|64 chữ số hex).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="423"/>
        <source>Not genuine: {number} revision {revision} exists, but its content hash is {stored_hash}, not {given_hash}: this copy does not say what was issued.</source>
        <translation>Không hợp lệ: {number} lần ban hành {revision} có tồn tại, nhưng mã băm nội dung là {stored_hash}, không phải {given_hash}: bản này không đúng với nội dung đã ban hành.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="428"/>
        <source>Not genuine: the stored record of {number} revision {revision} no longer matches the hash it was issued with; the database was altered.</source>
        <translation>Không hợp lệ: bản lưu của {number} lần ban hành {revision} không còn khớp với mã băm lúc ban hành; cơ sở dữ liệu đã bị sửa đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="433"/>
        <source>{number} revision {revision} was genuinely issued, but it is superseded by revision {later}, issued on {issued_on} (reason: {reason}).</source>
        <translation>{number} lần ban hành {revision} đã được ban hành thật, nhưng đã bị thay thế bởi lần ban hành {later}, ban hành ngày {issued_on} (lý do: {reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="438"/>
        <source>Not genuine: {file} carries no CalDesk certificate QR text ({prefix}|…) in its text.</source>
        <translation>Không hợp lệ: nội dung {file} không có mã QR của giấy chứng nhận CalDesk ({prefix}|…).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="442"/>
        <source>Not genuine: the certificate in the database says {difference}; {file} says otherwise.</source>
        <translation>Không hợp lệ: giấy chứng nhận trong cơ sở dữ liệu ghi {difference}; {file} ghi khác.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="446"/>
        <source>the number is {number}</source>
        <translation>số giấy chứng nhận là {number}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="450"/>
        <source>the customer is {customer}</source>
        <translation>khách hàng là {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="454"/>
        <source>the item is {lab_id}</source>
        <translation>thiết bị là {lab_id}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="458"/>
        <source>the serial number is {serial}</source>
        <translation>số sê-ri là {serial}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="462"/>
        <source>the reference value is {value} {unit} at {nominal} {unit}</source>
        <translation>giá trị chuẩn là {value} {unit} tại {nominal} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="466"/>
        <source>the indication is {value} {unit} at {nominal} {unit}</source>
        <translation>số chỉ là {value} {unit} tại {nominal} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="470"/>
        <source>the error is {value} {unit} at {nominal} {unit}</source>
        <translation>sai số là {value} {unit} tại {nominal} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="474"/>
        <source>U = {value} {unit} at {nominal} {unit}</source>
        <translation>U = {value} {unit} tại {nominal} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="478"/>
        <source>Not genuine: {why}</source>
        <translation>Không hợp lệ: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="482"/>
        <source>There is no file {path}.</source>
        <translation>Không có tệp {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="486"/>
        <source>{path} cannot be read as a PDF ({why}).</source>
        <translation>Không đọc được {path} dưới dạng PDF ({why}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="490"/>
        <source>Calibration {calibration_id} is {state}, not a draft.</source>
        <translation>Lần hiệu chuẩn {calibration_id} đang ở trạng thái {state}, không phải bản nháp.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="494"/>
        <source>The serial number &apos;{serial}&apos; of this model is already on line {line}.</source>
        <translation>Số sê-ri &apos;{serial}&apos; của model này đã có ở dòng {line}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="498"/>
        <source>The asset tag &apos;{tag}&apos; is already on line {line}.</source>
        <translation>Mã tài sản &apos;{tag}&apos; đã có ở dòng {line}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="502"/>
        <source>This row repeats line {line}.</source>
        <translation>Dòng này lặp lại dòng {line}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="506"/>
        <source>The row has no device name (&apos;{column}&apos;).</source>
        <translation>Dòng này không có tên thiết bị (&apos;{column}&apos;).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="510"/>
        <source>No column holds the device name: choose it in the column mapping.</source>
        <translation>Không có cột nào chứa tên thiết bị: hãy chọn cột đó ở bảng ghép cột.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="514"/>
        <source>column {number}</source>
        <translation>cột {number}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="518"/>
        <source>No header row was found in the first {rows} rows of &apos;{file}&apos;: CalDesk looks for column titles such as &apos;Tên thiết bị&apos; / &apos;Device name&apos;, &apos;Hãng sản xuất&apos; / &apos;Manufacturer&apos;, &apos;Model&apos;, &apos;Số sê-ri&apos; / &apos;Serial&apos;, &apos;Phạm vi đo&apos; / &apos;Range&apos; and &apos;Ngày hiệu chuẩn&apos; / &apos;Calibration date&apos;.</source>
        <translation>Không tìm thấy dòng tiêu đề trong {rows} dòng đầu của &apos;{file}&apos;: CalDesk tìm các tiêu đề cột như &apos;Tên thiết bị&apos; / &apos;Device name&apos;, &apos;Hãng sản xuất&apos; / &apos;Manufacturer&apos;, &apos;Model&apos;, &apos;Số sê-ri&apos; / &apos;Serial&apos;, &apos;Phạm vi đo&apos; / &apos;Range&apos; và &apos;Ngày hiệu chuẩn&apos; / &apos;Calibration date&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="525"/>
        <source>The range&apos;s minimum is above its maximum.</source>
        <translation>Giới hạn dưới của phạm vi đo lớn hơn giới hạn trên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="529"/>
        <source>The range &apos;{text}&apos; is in &apos;{range_unit}&apos; but the unit column says &apos;{unit}&apos;, which measures something else.</source>
        <translation>Phạm vi đo &apos;{text}&apos; tính bằng &apos;{range_unit}&apos; nhưng cột đơn vị ghi &apos;{unit}&apos;, là đơn vị của một đại lượng khác.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="534"/>
        <source>The resolution &apos;{text}&apos; is not in a unit of the range (&apos;{unit}&apos;).</source>
        <translation>Độ phân giải &apos;{text}&apos; không cùng đại lượng với đơn vị của phạm vi đo (&apos;{unit}&apos;).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="538"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; không phải là một số.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="542"/>
        <source>&apos;{text}&apos; is not a unit.</source>
        <translation>&apos;{text}&apos; không phải là một đơn vị đo.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="546"/>
        <source>CalDesk does not know the unit &apos;{unit}&apos;.</source>
        <translation>CalDesk không biết đơn vị &apos;{unit}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="550"/>
        <source>The workbook &apos;{file}&apos; has no sheet with any filled cell.</source>
        <translation>Tệp Excel &apos;{file}&apos; không có trang tính nào có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="554"/>
        <source>The file &apos;{file}&apos; is empty.</source>
        <translation>Tệp &apos;{file}&apos; trống.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="558"/>
        <source>The file &apos;{file}&apos; is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import that.</source>
        <translation>Tệp &apos;{file}&apos; là tệp Excel 97-2003 cũ (.xls); hãy lưu lại thành .xlsx hoặc CSV rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="563"/>
        <source>The file &apos;{file}&apos; is named like an Excel workbook but is not one (it may be damaged or only partly copied).</source>
        <translation>Tệp &apos;{file}&apos; có tên như tệp Excel nhưng không phải tệp Excel (có thể tệp bị hỏng hoặc chỉ được sao chép một phần).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="568"/>
        <source>The file &apos;{file}&apos; is not a text device list (it holds binary data); export the list as CSV or XLSX.</source>
        <translation>Tệp &apos;{file}&apos; không phải danh sách thiết bị dạng văn bản (tệp chứa dữ liệu nhị phân); hãy xuất danh sách ra CSV hoặc XLSX.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="573"/>
        <source>The sheet &apos;{sheet}&apos; of &apos;{file}&apos; has no filled cell.</source>
        <translation>Trang tính &apos;{sheet}&apos; của &apos;{file}&apos; không có ô nào có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="577"/>
        <source>The file &apos;{path}&apos; cannot be opened: {error}.</source>
        <translation>Không mở được tệp &apos;{path}&apos;: {error}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="581"/>
        <source>The file &apos;{file}&apos; is not readable text: byte {byte} is not valid {encoding}; save the list again as CSV UTF-8 or XLSX.</source>
        <translation>Tệp &apos;{file}&apos; không đọc được thành văn bản: byte thứ {byte} không hợp lệ trong bảng mã {encoding}; hãy lưu lại danh sách thành CSV UTF-8 hoặc XLSX.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="586"/>
        <source>The CSV text cannot be read near line {line}: {error}.</source>
        <translation>Không đọc được nội dung CSV gần dòng {line}: {error}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="590"/>
        <source>The file &apos;{file}&apos; is not a workbook CalDesk can read (it may be damaged, password-protected or not an .xlsx file).</source>
        <translation>Tệp &apos;{file}&apos; không phải tệp Excel mà CalDesk đọc được (có thể tệp bị hỏng, có mật khẩu hoặc không phải tệp .xlsx).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="595"/>
        <source>The workbook &apos;{file}&apos; has no sheet named &apos;{sheet}&apos; (its sheets: {sheets}).</source>
        <translation>Tệp Excel &apos;{file}&apos; không có trang tính tên &apos;{sheet}&apos; (các trang tính của tệp: {sheets}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="599"/>
        <source>The workbook &apos;{file}&apos; has no sheets at all.</source>
        <translation>Tệp Excel &apos;{file}&apos; không có trang tính nào.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="603"/>
        <source>The range &apos;{text}&apos; cannot be read: write it as minimum – maximum and unit, for example &apos;0 – 10 bar&apos;.</source>
        <translation>Không đọc được phạm vi đo &apos;{text}&apos;: hãy ghi theo dạng giới hạn dưới – giới hạn trên và đơn vị, ví dụ &apos;0 – 10 bar&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="608"/>
        <source>The range &apos;{text}&apos; names two different units ({units}).</source>
        <translation>Phạm vi đo &apos;{text}&apos; ghi hai đơn vị khác nhau ({units}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="612"/>
        <source>The range &apos;{text}&apos; has its minimum above its maximum.</source>
        <translation>Phạm vi đo &apos;{text}&apos; có giới hạn dưới lớn hơn giới hạn trên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="616"/>
        <source>The resolution &apos;{text}&apos; is not a number with a unit, like &apos;0.01 V&apos;.</source>
        <translation>Độ phân giải &apos;{text}&apos; không phải là một số kèm đơn vị, như &apos;0,01 V&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="620"/>
        <source>The resolution &apos;{text}&apos; must be greater than zero.</source>
        <translation>Độ phân giải &apos;{text}&apos; phải lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="624"/>
        <source>The resolution &apos;{text}&apos; has a unit CalDesk does not know (&apos;{unit}&apos;).</source>
        <translation>Độ phân giải &apos;{text}&apos; có đơn vị mà CalDesk không biết (&apos;{unit}&apos;).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="628"/>
        <source>The date &apos;{text}&apos; cannot be read: write it as day/month/year, for example 15/03/2024.</source>
        <translation>Không đọc được ngày &apos;{text}&apos;: hãy ghi theo dạng ngày/tháng/năm, ví dụ 15/03/2024.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="632"/>
        <source>The date &apos;{text}&apos; is in the future; a calibration date must be past.</source>
        <translation>Ngày &apos;{text}&apos; nằm trong tương lai; ngày hiệu chuẩn phải là ngày đã qua.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="636"/>
        <source>The date &apos;{text}&apos; is before {year}; please check the year.</source>
        <translation>Ngày &apos;{text}&apos; trước năm {year}; hãy kiểm tra lại năm.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="640"/>
        <source>The calibration interval &apos;{text}&apos; cannot be read: write it in months, for example &apos;12 tháng&apos; or &apos;12 months&apos;.</source>
        <translation>Không đọc được chu kỳ hiệu chuẩn &apos;{text}&apos;: hãy ghi theo số tháng, ví dụ &apos;12 tháng&apos; hoặc &apos;12 months&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="645"/>
        <source>The calibration interval &apos;{text}&apos; must be a whole number of months from 1 to 120.</source>
        <translation>Chu kỳ hiệu chuẩn &apos;{text}&apos; phải là số tháng nguyên từ 1 đến 120.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="649"/>
        <source>The range &apos;{text}&apos; has a unit CalDesk does not know (&apos;{unit}&apos;).</source>
        <translation>Phạm vi đo &apos;{text}&apos; có đơn vị mà CalDesk không biết (&apos;{unit}&apos;).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="653"/>
        <source>The ranges in &apos;{text}&apos; mix units of different quantities.</source>
        <translation>Các phạm vi đo trong &apos;{text}&apos; dùng đơn vị của những đại lượng khác nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="657"/>
        <source>The date &apos;{text}&apos; does not exist (day {day} of month {month} in {year}).</source>
        <translation>Ngày &apos;{text}&apos; không có thật (ngày {day} của tháng {month} năm {year}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="661"/>
        <source>The import was cancelled; the register is unchanged.</source>
        <translation>Đã hủy nhập; danh mục thiết bị không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="665"/>
        <source>Line {line} of this file already describes the registered device {lab_id} (same serial number or asset tag).</source>
        <translation>Dòng {line} của tệp này đã mô tả thiết bị {lab_id} trong danh mục (cùng số sê-ri hoặc mã tài sản).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="670"/>
        <source>The serial number matches registered device {by_serial} but the asset tag matches {by_tag}; correct the list or the register.</source>
        <translation>Số sê-ri trùng với thiết bị {by_serial} trong danh mục nhưng mã tài sản lại trùng với {by_tag}; hãy sửa danh sách hoặc danh mục thiết bị.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="675"/>
        <source>{user} may not {permission}: {detail}</source>
        <translation>{user} không được phép {permission}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="679"/>
        <source>edit the device register</source>
        <translation>sửa danh mục thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="683"/>
        <source>record calibrations</source>
        <translation>ghi kết quả hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="687"/>
        <source>review calibrations</source>
        <translation>soát xét kết quả hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="691"/>
        <source>approve calibrations</source>
        <translation>phê duyệt kết quả hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="695"/>
        <source>issue certificates</source>
        <translation>ban hành giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="699"/>
        <source>manage users</source>
        <translation>quản lý người dùng</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="703"/>
        <source>change lab settings</source>
        <translation>thay đổi cài đặt phòng thí nghiệm</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="707"/>
        <source>technician</source>
        <translation>kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="711"/>
        <source>reviewer</source>
        <translation>người soát xét</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="715"/>
        <source>signatory</source>
        <translation>người ký duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="719"/>
        <source>admin</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="723"/>
        <source>no one is logged in.</source>
        <translation>chưa có ai đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="727"/>
        <source>the account is disabled.</source>
        <translation>tài khoản đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="731"/>
        <source>the role {role} does not include the permission &quot;{permission}&quot;.</source>
        <translation>vai trò {role} không có quyền &quot;{permission}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="735"/>
        <source>the quantity to be signed for was not named.</source>
        <translation>chưa nêu đại lượng cần ký.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="739"/>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="743"/>
        <source>{quantity} is outside their signing scope ({scope}).</source>
        <translation>{quantity} nằm ngoài phạm vi được ký ({scope}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="747"/>
        <source>The password is wrong; nothing was signed.</source>
        <translation>Mật khẩu sai; chưa ký gì cả.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="751"/>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>Không tạo được thư mục {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="755"/>
        <source>{path} is not a CalDesk database (not an SQLite file).</source>
        <translation>{path} không phải là cơ sở dữ liệu CalDesk (không phải tệp SQLite).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="759"/>
        <source>The database {path} was written by a newer CalDesk (schema {schema}); update CalDesk on this workstation before opening it.</source>
        <translation>Cơ sở dữ liệu {path} được ghi bởi một phiên bản CalDesk mới hơn (lược đồ {schema}); hãy cập nhật CalDesk trên máy trạm này trước khi mở.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="764"/>
        <source>the entry is missing (the next one held is #{found}).</source>
        <translation>thiếu mục này (mục kế tiếp đang lưu là #{found}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="768"/>
        <source>it does not link to the entry before it.</source>
        <translation>mục này không nối với mục đứng trước.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="772"/>
        <source>its content was changed after it was recorded.</source>
        <translation>nội dung của mục đã bị sửa sau khi được ghi.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="776"/>
        <source>The centre already holds audit entry #{entry} of workstation {name} ({workstation}) with different content: one of the two audit trails was rewritten. Nothing was sent; run &apos;python main.py audit verify&apos; here and &apos;python main.py upstream verify-audit URL&apos; at the centre.</source>
        <translation>Trung tâm đã lưu mục nhật ký kiểm tra #{entry} của máy trạm {name} ({workstation}) với nội dung khác: một trong hai nhật ký kiểm tra đã bị viết lại. Chưa gửi gì lên; hãy chạy &apos;python main.py audit verify&apos; tại máy này và &apos;python main.py upstream verify-audit URL&apos; tại trung tâm.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="783"/>
        <source>The centre&apos;s copy of the audit trail of workstation {name} ({workstation}) is broken at entry #{entry}: {problem} None of its entries from there on were taken; ask the centre to run &apos;python main.py upstream verify-audit URL&apos;.</source>
        <translation>Bản sao nhật ký kiểm tra của máy trạm {name} ({workstation}) tại trung tâm bị đứt tại mục #{entry}: {problem} Không mục nào từ đó trở đi được nhận về; hãy đề nghị trung tâm chạy &apos;python main.py upstream verify-audit URL&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="789"/>
        <source>Workstation code {code} is already used by workstation &apos;{holder}&apos; at the centre: numbers made here could collide with theirs. Nothing was sent; your changes stay on this workstation. This workstation has already made {made} with that code, so its code cannot change. Ask the administrator: if &apos;{holder}&apos; has made no numbers yet, give it a new code there and sync it, which frees this one; if both have, the lab decides which numbers to reissue before this workstation syncs.</source>
        <translation>Mã máy trạm {code} đã được máy trạm &apos;{holder}&apos; dùng tại trung tâm: các số tạo ở máy này có thể trùng với số của máy đó. Chưa gửi gì lên; các thay đổi vẫn nằm trên máy trạm này. Máy trạm này đã tạo {made} với mã đó nên không thể đổi mã. Hãy hỏi quản trị viên: nếu &apos;{holder}&apos; chưa tạo số nào, hãy đặt mã mới cho máy đó rồi đồng bộ để giải phóng mã này; nếu cả hai đã tạo số, phòng thí nghiệm quyết định cấp lại những số nào trước khi máy trạm này đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="798"/>
        <source>This workstation&apos;s login was added at the centre for workstation code {reserved}, but this workstation&apos;s code is {code}. Nothing was sent; your changes stay here. It has already made {made} with {code}, so ask the administrator for a login added for that code (upstream add-workstation NAME --code {code}).</source>
        <translation>Tên đăng nhập của máy trạm này được thêm tại trung tâm cho mã máy trạm {reserved}, nhưng mã của máy trạm này là {code}. Chưa gửi gì lên; các thay đổi vẫn nằm ở đây. Máy này đã tạo {made} với mã {code}, vì vậy hãy đề nghị quản trị viên cấp một tên đăng nhập được thêm cho mã đó (upstream add-workstation NAME --code {code}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="805"/>
        <source>Workstation code {code} is already used by workstation &apos;{holder}&apos; at the centre: numbers made here could collide with theirs. Nothing was sent; your changes stay on this workstation. Ask the administrator to give this workstation a code of its own (&apos;python main.py workstation --code NEW --user ADMIN&apos;) and sync again.</source>
        <translation>Mã máy trạm {code} đã được máy trạm &apos;{holder}&apos; dùng tại trung tâm: các số tạo ở máy này có thể trùng với số của máy đó. Chưa gửi gì lên; các thay đổi vẫn nằm trên máy trạm này. Hãy đề nghị quản trị viên đặt cho máy trạm này một mã riêng (&apos;python main.py workstation --code NEW --user ADMIN&apos;) rồi đồng bộ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="812"/>
        <source>This workstation&apos;s login was added at the centre for workstation code {reserved}, but this workstation&apos;s code is {code}. Nothing was sent; your changes stay here. Set the code with &apos;python main.py workstation --code {reserved} --user ADMIN&apos; and sync again.</source>
        <translation>Tên đăng nhập của máy trạm này được thêm tại trung tâm cho mã máy trạm {reserved}, nhưng mã của máy trạm này là {code}. Chưa gửi gì lên; các thay đổi vẫn nằm ở đây. Hãy đặt mã bằng lệnh &apos;python main.py workstation --code {reserved} --user ADMIN&apos; rồi đồng bộ lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="818"/>
        <source>Give the workstation&apos;s login name in the address (postgresql://NAME@…).</source>
        <translation>Hãy ghi tên đăng nhập của máy trạm trong địa chỉ (postgresql://TÊN@…).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="822"/>
        <source>A whole record was set aside, not one field: there is no value to type; keep the record as it is.</source>
        <translation>Cả bản ghi bị để riêng, không phải một trường: không có giá trị nào để nhập; hãy giữ bản ghi như hiện có.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="827"/>
        <source>The customer &apos;{name}&apos; is registered already; two customers cannot have one name.</source>
        <translation>Khách hàng &apos;{name}&apos; đã được đăng ký; hai khách hàng không thể trùng tên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="831"/>
        <source>Nothing was changed: run the command again with --yes to retire this workstation.</source>
        <translation>Chưa thay đổi gì: hãy chạy lại lệnh với --yes để ngừng sử dụng máy trạm này.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="835"/>
        <source>There is no workstation &apos;{name}&apos; ({login}) at the centre; nothing was changed. The workstations in use there are: {known}.</source>
        <translation>Trung tâm không có máy trạm &apos;{name}&apos; ({login}); không có gì thay đổi. Các máy trạm đang dùng ở đó là: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="840"/>
        <source>Changes never pushed from that PC are not at the centre and are lost with it; it last pushed on {pushed}.</source>
        <translation>Các thay đổi chưa từng được gửi lên từ máy đó không có ở trung tâm và sẽ mất theo máy; lần gửi lên cuối cùng là {pushed}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="845"/>
        <source>It last pulled from the centre on {pulled}.</source>
        <translation>Lần nhận về từ trung tâm cuối cùng là {pulled}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="849"/>
        <source>Workstation &apos;{name}&apos; ({login}) is retired: its login can no longer connect. Its records and audit trail stay at the centre, and its workstation code stays reserved so that no other PC makes the same numbers.</source>
        <translation>Máy trạm &apos;{name}&apos; ({login}) đã được ngừng sử dụng: tên đăng nhập của máy không kết nối được nữa. Hồ sơ và nhật ký kiểm tra của máy vẫn được giữ ở trung tâm, và mã máy trạm của máy vẫn được giữ riêng để không máy nào khác tạo ra các số trùng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="855"/>
        <source>There is no workstation &apos;{name}&apos; ({login}) at the centre, and no workstation login is in use there; nothing was changed.</source>
        <translation>Trung tâm không có máy trạm &apos;{name}&apos; ({login}), và ở đó không có tên đăng nhập máy trạm nào đang dùng; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="860"/>
        <source>Retiring workstation &apos;{name}&apos; ({login}) revokes its login for good: it can never push or pull again, and the centre&apos;s purge stops waiting for it.</source>
        <translation>Ngừng sử dụng máy trạm &apos;{name}&apos; ({login}) sẽ thu hồi vĩnh viễn tên đăng nhập của máy: máy không bao giờ gửi lên hay nhận về được nữa, và việc dọn dữ liệu ở trung tâm không còn chờ máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="865"/>
        <source>Changes never pushed from that PC are not at the centre and are lost with it; it has never pushed anything.</source>
        <translation>Các thay đổi chưa từng được gửi lên từ máy đó không có ở trung tâm và sẽ mất theo máy; máy này chưa từng gửi lên gì.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="870"/>
        <source>It has never pulled from the centre.</source>
        <translation>Máy này chưa từng nhận về từ trung tâm.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="874"/>
        <source>Workstation &apos;{name}&apos; ({login}) was already retired on {retired}; nothing was changed.</source>
        <translation>Máy trạm &apos;{name}&apos; ({login}) đã được ngừng sử dụng từ {retired}; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="878"/>
        <source>The login &apos;{login}&apos; belongs to another workstation; ask the administrator for this workstation&apos;s own login (upstream add-workstation).</source>
        <translation>Tên đăng nhập &apos;{login}&apos; thuộc về một máy trạm khác; hãy đề nghị quản trị viên cấp tên đăng nhập riêng cho máy trạm này (upstream add-workstation).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="883"/>
        <source>The {field} is worked out from other fields and cannot be typed; settle the fields it is made from.</source>
        <translation>Trường {field} được tính từ các trường khác nên không nhập tay được; hãy giải quyết các trường tạo nên nó.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="888"/>
        <source>The {field} is a link to another record and cannot be typed; keep the value in the record or take the other one.</source>
        <translation>Trường {field} là liên kết tới một bản ghi khác nên không nhập tay được; hãy giữ giá trị trong bản ghi hoặc lấy giá trị kia.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="893"/>
        <source>The {field} cannot be typed; keep the value in the record or take the other one.</source>
        <translation>Trường {field} không nhập tay được; hãy giữ giá trị trong bản ghi hoặc lấy giá trị kia.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="897"/>
        <source>The {field} must be a date: {reason}</source>
        <translation>Trường {field} phải là một ngày: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="901"/>
        <source>The {field} must be a number, such as 0,05 or 1.5; &apos;{text}&apos; is not one.</source>
        <translation>Trường {field} phải là một số, ví dụ 0,05 hoặc 1.5; &apos;{text}&apos; không phải là số.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="905"/>
        <source>The {field} must be a whole number, such as 12; &apos;{text}&apos; is not one.</source>
        <translation>Trường {field} phải là một số nguyên, ví dụ 12; &apos;{text}&apos; không phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="909"/>
        <source>The {field} holds at most {length} characters; the text typed has {count}.</source>
        <translation>Trường {field} chứa tối đa {length} ký tự; nội dung đã nhập có {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="913"/>
        <source>The {field} cannot be empty.</source>
        <translation>Trường {field} không được để trống.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="917"/>
        <source>&apos;{url}&apos; is not a database address (postgresql://…).</source>
        <translation>&apos;{url}&apos; không phải là địa chỉ cơ sở dữ liệu (postgresql://…).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="921"/>
        <source>The central database must be PostgreSQL, not &apos;{driver}&apos;.</source>
        <translation>Cơ sở dữ liệu trung tâm phải là PostgreSQL, không phải &apos;{driver}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="925"/>
        <source>Cannot reach the central database at {where} ({reason}). Nothing was lost: your changes stay on this workstation and go up at the next sync.</source>
        <translation>Không kết nối được với cơ sở dữ liệu trung tâm tại {where} ({reason}). Không mất dữ liệu: các thay đổi vẫn nằm trên máy trạm này và được gửi lên ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="930"/>
        <source>The central database at {where} refused the sync ({reason}). Nothing was lost: your changes stay on this workstation.</source>
        <translation>Cơ sở dữ liệu trung tâm tại {where} từ chối đồng bộ ({reason}). Không mất dữ liệu: các thay đổi vẫn nằm trên máy trạm này.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="935"/>
        <source>This workstation&apos;s CalDesk is older than the central database (schema {head}, the centre has {recorded}): update CalDesk on this workstation before syncing. Your changes stay here until then.</source>
        <translation>CalDesk trên máy trạm này cũ hơn cơ sở dữ liệu trung tâm (lược đồ {head}, trung tâm có {recorded}): hãy cập nhật CalDesk trên máy trạm này trước khi đồng bộ. Các thay đổi vẫn nằm ở đây cho đến lúc đó.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="941"/>
        <source>The central database at {where} no longer lets the login &apos;{login}&apos; in: this workstation was retired there (upstream retire-workstation) or its login was disabled. It cannot sync; changes made here and never pushed are only on this PC.</source>
        <translation>Cơ sở dữ liệu trung tâm tại {where} không còn cho tên đăng nhập &apos;{login}&apos; vào: máy trạm này đã bị ngừng sử dụng ở đó (upstream retire-workstation) hoặc tên đăng nhập đã bị vô hiệu hóa. Máy không đồng bộ được; các thay đổi tạo ở đây mà chưa từng gửi lên chỉ có trên máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="947"/>
        <source>The central database was set up by a newer CalDesk (schema {recorded}, this one has {head}); update CalDesk on this workstation first.</source>
        <translation>Cơ sở dữ liệu trung tâm được thiết lập bởi một phiên bản CalDesk mới hơn (lược đồ {recorded}, bản này có {head}); hãy cập nhật CalDesk trên máy trạm này trước.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="952"/>
        <source>The central database still has an older schema ({recorded}, this CalDesk has {head}): run &apos;python main.py upstream init URL&apos; with this CalDesk first.</source>
        <translation>Cơ sở dữ liệu trung tâm vẫn dùng lược đồ cũ hơn ({recorded}, CalDesk này có {head}): hãy chạy &apos;python main.py upstream init URL&apos; bằng CalDesk này trước.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="957"/>
        <source>The central database does not check workstation codes yet: run &apos;python main.py upstream init URL&apos; with this CalDesk first.</source>
        <translation>Cơ sở dữ liệu trung tâm chưa kiểm tra mã máy trạm: hãy chạy &apos;python main.py upstream init URL&apos; bằng CalDesk này trước.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="962"/>
        <source>The central database has not been set up for CalDesk yet: run &apos;python main.py upstream init URL&apos; first.</source>
        <translation>Cơ sở dữ liệu trung tâm chưa được thiết lập cho CalDesk: hãy chạy &apos;python main.py upstream init URL&apos; trước.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="967"/>
        <source>The central database&apos;s sync bookkeeping is older than this CalDesk: run &apos;python main.py upstream init URL&apos; with this CalDesk first.</source>
        <translation>Dữ liệu theo dõi đồng bộ của cơ sở dữ liệu trung tâm cũ hơn CalDesk này: hãy chạy &apos;python main.py upstream init URL&apos; bằng CalDesk này trước.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="972"/>
        <source>The user name or the password is wrong.</source>
        <translation>Tên người dùng hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="976"/>
        <source>The account {name} is locked after {count} wrong passwords; try again after {until} or ask an admin to unlock it.</source>
        <translation>Tài khoản {name} bị khóa sau {count} lần nhập sai mật khẩu; hãy thử lại sau {until} hoặc đề nghị quản trị viên mở khóa.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="981"/>
        <source>The account {name} is disabled; ask an admin.</source>
        <translation>Tài khoản {name} đã bị vô hiệu hóa; hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="985"/>
        <source>&apos;{name}&apos; cannot be a user name: use 2 to 32 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (for example chi.ttm).</source>
        <translation>&apos;{name}&apos; không thể làm tên người dùng: hãy dùng từ 2 đến 32 ký tự gồm chữ a-z, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;, bắt đầu bằng một chữ cái (ví dụ chi.ttm).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="990"/>
        <source>A password needs at least {count} characters.</source>
        <translation>Mật khẩu phải có ít nhất {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="994"/>
        <source>Only a signatory has a signing scope.</source>
        <translation>Chỉ người ký duyệt mới có phạm vi ký.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="998"/>
        <source>This database already has users; an admin must add new ones.</source>
        <translation>Cơ sở dữ liệu này đã có người dùng; người dùng mới phải do quản trị viên thêm.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1002"/>
        <source>There is already a user named {name}.</source>
        <translation>Đã có người dùng tên {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1006"/>
        <source>An admin cannot disable their own account; ask another admin.</source>
        <translation>Quản trị viên không thể tự vô hiệu hóa tài khoản của mình; hãy nhờ một quản trị viên khác.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1010"/>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1014"/>
        <source>There is no user named {name}.</source>
        <translation>Không có người dùng nào tên {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1018"/>
        <source>&apos;{role}&apos; is not a role; the roles are {choices}.</source>
        <translation>&apos;{role}&apos; không phải là một vai trò; các vai trò là {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1022"/>
        <source>{title} answered on {url}: {identity}.</source>
        <translation>{title} đã trả lời trên cổng {url}: {identity}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1026"/>
        <source>No answer on {url} within {seconds} s: check the cable, that {title} is switched on and in remote mode, and that its serial settings are {settings}.</source>
        <translation>Không có trả lời trên cổng {url} trong vòng {seconds} s: hãy kiểm tra cáp, kiểm tra {title} đã bật nguồn và đang ở chế độ điều khiển từ xa (remote), và cài đặt cổng nối tiếp của thiết bị là {settings}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1031"/>
        <source>{error} The serial settings tried: {settings}.</source>
        <translation>{error} Cài đặt cổng nối tiếp đã thử: {settings}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1035"/>
        <source>Something answered on {url}, but not as expected: {error}</source>
        <translation>Có thiết bị trả lời trên cổng {url}, nhưng không như mong đợi: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1039"/>
        <source>There is no driver called {name!r}; the drivers are {known}.</source>
        <translation>Không có trình điều khiển nào tên {name!r}; các trình điều khiển hiện có: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1043"/>
        <source>The {what} must be between {low:g} and {high:g} {unit}, not {number:g}.</source>
        <translation>Giá trị {what} phải nằm trong khoảng từ {low:g} đến {high:g} {unit}, không phải {number:g}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1047"/>
        <source>The {what} must be one of {listed}, not {value}.</source>
        <translation>Giá trị {what} phải là một trong các giá trị {listed}, không phải {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1051"/>
        <source>{title} answered {command!r} with {reply!r}, which is not a valid reply.</source>
        <translation>{title} trả lời lệnh {command!r} bằng {reply!r}, đây không phải là câu trả lời hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1055"/>
        <source>{title} cannot read {function!r}; it reads {known}.</source>
        <translation>{title} không đọc được {function!r}; thiết bị này đọc được: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1059"/>
        <source>The 5520A cannot source {amplitude:g} {unit} DC.</source>
        <translation>Máy 5520A không thể phát {amplitude:g} {unit} một chiều (DC).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1063"/>
        <source>{title} reported: {listed}.</source>
        <translation>{title} báo lỗi: {listed}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1067"/>
        <source>The 5520A cannot source {amplitude:g} {unit} at {frequency:g} Hz.</source>
        <translation>Máy 5520A không thể phát {amplitude:g} {unit} ở tần số {frequency:g} Hz.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1071"/>
        <source>{title} kept its set point at {taken:.2f} °C instead of {value:.2f} °C.</source>
        <translation>{title} vẫn giữ điểm đặt ở {taken:.2f} °C thay vì {value:.2f} °C.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1075"/>
        <source>{title} understood the command but cannot execute it (logical error) for {command!r}.</source>
        <translation>{title} hiểu lệnh {command!r} nhưng không thể thực hiện (lỗi logic).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1079"/>
        <source>{title} answered with status {status!r} for {command!r}.</source>
        <translation>{title} trả lời lệnh {command!r} với trạng thái {status!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1083"/>
        <source>{title} did not recognise the command (syntax error) for {command!r}.</source>
        <translation>{title} không nhận ra lệnh {command!r} (lỗi cú pháp).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1087"/>
        <source>{title} received a faulty command (transmission error) for {command!r}.</source>
        <translation>{title} nhận được lệnh {command!r} bị lỗi (lỗi truyền dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1091"/>
        <source>{title} could not execute it now (busy, or not stable within its time limit) for {command!r}.</source>
        <translation>{title} không thể thực hiện lệnh {command!r} lúc này (đang bận, hoặc chưa ổn định trong thời gian giới hạn).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1096"/>
        <source>{title} rejected its parameter for {command!r}.</source>
        <translation>{title} từ chối tham số của lệnh {command!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1100"/>
        <source>{title} is beyond its range (overload) for {command!r}.</source>
        <translation>{title} vượt quá phạm vi đo (quá tải) với lệnh {command!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1104"/>
        <source>{title} is below its range (underload) for {command!r}.</source>
        <translation>{title} ở dưới phạm vi đo (dưới tải) với lệnh {command!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1108"/>
        <source>The {function} reading did not become stable (the last {window} readings within {tolerance:g}) within {seconds:g} s.</source>
        <translation>Số đọc {function} không ổn định ({window} số đọc cuối cùng không chênh nhau quá {tolerance:g}) trong vòng {seconds:g} s.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1113"/>
        <source>The {function} reading did not become stable (the last {window} readings within {tolerance:g} {unit}) within {seconds:g} s.</source>
        <translation>Số đọc {function} không ổn định ({window} số đọc cuối cùng không chênh nhau quá {tolerance:g} {unit}) trong vòng {seconds:g} s.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1118"/>
        <source>The {function} reading went to overload after it settled.</source>
        <translation>Số đọc {function} bị quá tải sau khi đã ổn định.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1122"/>
        <source>The 5520A output of {amplitude:g} {unit} did not settle within {seconds:g} s; the calibrator is in standby.</source>
        <translation>Đầu ra {amplitude:g} {unit} của máy 5520A không ổn định trong vòng {seconds:g} s; thiết bị chuẩn đã chuyển về chế độ chờ (standby).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1127"/>
        <source>{name} on {url} did not answer within {seconds:g} s.</source>
        <translation>{name} trên cổng {url} không trả lời trong vòng {seconds:g} s.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1131"/>
        <source>The port {url} could not be opened for {name}: {error}.</source>
        <translation>Không mở được cổng {url} cho {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1135"/>
        <source>{name} on {url} sent bytes that are not text ({seen!r}); check the baud rate and the cable.</source>
        <translation>{name} trên cổng {url} gửi các byte không phải văn bản ({seen!r}); hãy kiểm tra tốc độ baud và cáp.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1140"/>
        <source>{name} on {url} sent an incomplete line ({seen!r}) without its end within {seconds:g} s.</source>
        <translation>{name} trên cổng {url} gửi một dòng chưa trọn ({seen!r}), không có ký tự kết thúc trong vòng {seconds:g} s.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1144"/>
        <source>{name} on {url} did not accept data within {seconds:g} s (handshake stalled).</source>
        <translation>{name} trên cổng {url} không nhận dữ liệu trong vòng {seconds:g} s (bắt tay bị treo).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1148"/>
        <source>The connection to {name} on {url} was lost; check the cable and the power, then connect again.</source>
        <translation>Mất kết nối với {name} trên cổng {url}; hãy kiểm tra cáp và nguồn điện, rồi kết nối lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1153"/>
        <source>Input {position} has no &apos;name&apos;.</source>
        <translation>Đại lượng đầu vào thứ {position} không có &apos;name&apos; (tên).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1157"/>
        <source>Input &apos;{name}&apos;: give an &apos;estimate&apos; (or &apos;observations&apos;).</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: hãy nhập &apos;estimate&apos; (ước lượng) hoặc &apos;observations&apos; (các giá trị quan trắc).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1161"/>
        <source>Input &apos;{name}&apos;: &apos;{distribution}&apos; is not a distribution CalDesk knows.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: &apos;{distribution}&apos; không phải là phân bố mà CalDesk biết.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1165"/>
        <source>Input &apos;{name}&apos;: a {kind} distribution needs its &apos;half_width&apos;.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: phân bố {kind} cần có &apos;half_width&apos; (nửa độ rộng).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1169"/>
        <source>Input &apos;{name}&apos;: &apos;dof&apos; must be above zero (null means infinite).</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: &apos;dof&apos; (bậc tự do) phải lớn hơn không (null nghĩa là vô hạn).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1173"/>
        <source>Input &apos;{name}&apos;: &apos;{what}&apos; must be a finite number, not {value!r}.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: &apos;{what}&apos; phải là một số hữu hạn, không phải {value!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1177"/>
        <source>&apos;coverage_probability&apos; must lie between 0 and 1 (e.g. 0.9545), not {p!r}.</source>
        <translation>&apos;coverage_probability&apos; (xác suất phủ) phải nằm giữa 0 và 1 (ví dụ 0.9545), không phải {p!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1181"/>
        <source>&apos;mcm&apos; must be an object with trials, seed, interval, adaptive.</source>
        <translation>&apos;mcm&apos; phải là một đối tượng gồm trials, seed, interval, adaptive.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1185"/>
        <source>&apos;mcm.trials&apos; must be a whole number of 1 or more, not {trials!r}.</source>
        <translation>&apos;mcm.trials&apos; (số phép thử) phải là số nguyên từ 1 trở lên, không phải {trials!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1189"/>
        <source>&apos;mcm.seed&apos; must be a whole number of 0 or more, not {seed!r}.</source>
        <translation>&apos;mcm.seed&apos; phải là số nguyên từ 0 trở lên, không phải {seed!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1193"/>
        <source>&apos;mcm.interval&apos; must be symmetric or shortest, not {interval!r}.</source>
        <translation>&apos;mcm.interval&apos; (khoảng phủ) phải là symmetric hoặc shortest, không phải {interval!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1197"/>
        <source>&apos;{key}&apos; must map output names to numbers.</source>
        <translation>&apos;{key}&apos; phải gán cho mỗi tên đại lượng đầu ra một số.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1201"/>
        <source>&apos;output_units&apos; must map output names to units.</source>
        <translation>&apos;output_units&apos; phải gán cho mỗi tên đại lượng đầu ra một đơn vị.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1205"/>
        <source>A budget file must hold one JSON object with &apos;model&apos; and &apos;inputs&apos;.</source>
        <translation>Tệp bảng ngân sách độ không đảm bảo đo phải chứa một đối tượng JSON có &apos;model&apos; và &apos;inputs&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1209"/>
        <source>The budget has no &apos;model&apos; text (e.g. &quot;y = a + b&quot;).</source>
        <translation>Bảng ngân sách không có văn bản &apos;model&apos; (mô hình đo, ví dụ &quot;y = a + b&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1213"/>
        <source>The budget&apos;s &apos;inputs&apos; must be a list with one entry per input.</source>
        <translation>&apos;inputs&apos; của bảng ngân sách phải là một danh sách, mỗi mục cho một đại lượng đầu vào.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1217"/>
        <source>The model uses {listed}, which are not inputs of the budget: add it to &apos;inputs&apos; or correct the spelling.</source>
        <translation>Mô hình đo dùng {listed}, là những đại lượng không có trong các đại lượng đầu vào của bảng ngân sách: hãy thêm vào &apos;inputs&apos; hoặc sửa lại chính tả.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1222"/>
        <source>&apos;method&apos; must be one of {known}, not {method!r}.</source>
        <translation>&apos;method&apos; (phương pháp) phải là một trong {known}, không phải {method!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1226"/>
        <source>--method must be one of {known}.</source>
        <translation>--method phải là một trong {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1230"/>
        <source>--trials must be a whole number of 1 or more.</source>
        <translation>--trials phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1234"/>
        <source>Input &apos;{name}&apos;: a value is not a number ({reason}).</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: có một giá trị không phải là số ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1238"/>
        <source>Input &apos;{name}&apos;: the stated u = {stated} does not match the {kind} half-width {half} (u = {u:.6g}); the half-width was used.</source>
        <translation>Đại lượng vào &apos;{name}&apos;: u đã ghi = {stated} không khớp với nửa độ rộng {half} của phân bố {kind} (u = {u:.6g}); đã dùng nửa độ rộng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1243"/>
        <source>Two inputs are named &apos;{name}&apos;; each input needs its own name.</source>
        <translation>Có hai đại lượng đầu vào cùng tên &apos;{name}&apos;; mỗi đại lượng đầu vào cần một tên riêng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1247"/>
        <source>Input &apos;{name}&apos;: &apos;correlations&apos; must be {{other_name: r}}.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: &apos;correlations&apos; (hệ số tương quan) phải có dạng {{other_name: r}}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1251"/>
        <source>correlation with {other}</source>
        <translation>hệ số tương quan với {other}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1255"/>
        <source>Units: {reason}</source>
        <translation>Đơn vị: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1259"/>
        <source>The model: {reason}</source>
        <translation>Mô hình đo: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1263"/>
        <source>The model uses {listed}, which is not an input of the budget: add it to &apos;inputs&apos; or correct the spelling.</source>
        <translation>Mô hình đo dùng {listed}, không phải là đại lượng đầu vào của bảng ngân sách: hãy thêm vào &apos;inputs&apos; hoặc sửa lại chính tả.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1268"/>
        <source>The key &apos;{key}&apos; is not part of a budget and was ignored.</source>
        <translation>Khóa &apos;{key}&apos; không thuộc bảng ngân sách và đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1272"/>
        <source>&apos;{first}&apos; and &apos;{second}&apos; are given two different correlations.</source>
        <translation>&apos;{first}&apos; và &apos;{second}&apos; được cho hai hệ số tương quan khác nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1276"/>
        <source>A guard band cannot be negative.</source>
        <translation>Dải bảo vệ không thể âm.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1280"/>
        <source>The guard bands overlap: U is larger than half the tolerance.</source>
        <translation>Các dải bảo vệ chồng lên nhau: U lớn hơn một nửa dung sai.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1284"/>
        <source>A TUR needs both tolerance limits.</source>
        <translation>Tỷ số TUR cần cả hai giới hạn dung sai.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1288"/>
        <source>A TUR needs an expanded uncertainty above zero.</source>
        <translation>Tỷ số TUR cần độ không đảm bảo đo mở rộng lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1292"/>
        <source>The process and measurement standard deviations must be above zero.</source>
        <translation>Độ lệch chuẩn của quá trình và của phép đo phải lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1296"/>
        <source>A specification needs at least one limit.</source>
        <translation>Yêu cầu kỹ thuật cần ít nhất một giới hạn.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1300"/>
        <source>The lower tolerance limit must be below the upper one.</source>
        <translation>Giới hạn dung sai dưới phải nhỏ hơn giới hạn trên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1304"/>
        <source>The degrees of freedom must be above zero.</source>
        <translation>Bậc tự do phải lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1308"/>
        <source>A result and its uncertainty must be finite numbers to be reported.</source>
        <translation>Kết quả và độ không đảm bảo đo của nó phải là số hữu hạn mới báo cáo được.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1312"/>
        <source>A coverage probability must lie between 0 and 1, not {p!r}.</source>
        <translation>Xác suất phủ phải nằm giữa 0 và 1, không phải {p!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1316"/>
        <source>A curve file must hold {{&quot;fit&quot;: {{&quot;x&quot;: [...], &quot;y&quot;: [...]}}}}.</source>
        <translation>Tệp đường cong phải chứa {{&quot;fit&quot;: {{&quot;x&quot;: [...], &quot;y&quot;: [...]}}}}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1320"/>
        <source>The fit has no &apos;{key}&apos; list.</source>
        <translation>Phép khớp không có danh sách &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1324"/>
        <source>The fit: {reason}</source>
        <translation>Phép khớp: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1328"/>
        <source>There are {x} x values but {y} y values.</source>
        <translation>Có {x} giá trị x nhưng {y} giá trị y.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1332"/>
        <source>The degree of the curve must be a whole number of 1 or more.</source>
        <translation>Bậc của đường cong phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1336"/>
        <source>A degree-{degree} curve needs at least {points} points.</source>
        <translation>Đường cong bậc {degree} cần ít nhất {points} điểm.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1340"/>
        <source>All x values are equal: no curve can be fitted.</source>
        <translation>Mọi giá trị x đều bằng nhau: không thể khớp đường cong nào.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1344"/>
        <source>The {what} values must be a list of finite numbers.</source>
        <translation>Các giá trị {what} phải là một danh sách số hữu hạn.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1348"/>
        <source>{what} is needed when the other axis has an uncertainty.</source>
        <translation>Cần {what} khi trục kia có độ không đảm bảo đo.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1352"/>
        <source>{what} must be one non-negative value or one per point.</source>
        <translation>{what} phải là một giá trị không âm, hoặc mỗi điểm một giá trị.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1356"/>
        <source>Every u_y must be above zero for a weighted fit.</source>
        <translation>Mọi u_y phải lớn hơn không để khớp có trọng số.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1360"/>
        <source>Each point needs an uncertainty in x or in y above zero.</source>
        <translation>Mỗi điểm cần độ không đảm bảo đo theo x hoặc theo y lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1364"/>
        <source>The curve is flat at y = {y}; x cannot be read back from it.</source>
        <translation>Đường cong nằm ngang tại y = {y}; không thể suy ngược x từ đó.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1368"/>
        <source>The curve never reaches y = {y}.</source>
        <translation>Đường cong không bao giờ đạt tới y = {y}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1372"/>
        <source>Uncertainty in x is supported for straight lines only.</source>
        <translation>Độ không đảm bảo đo theo x chỉ được hỗ trợ cho đường thẳng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1376"/>
        <source>The {what} values must all be numbers.</source>
        <translation>Các giá trị {what} phải đều là số.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1380"/>
        <source>The x values do not determine the curve (too few distinct x).</source>
        <translation>Các giá trị x không xác định được đường cong (quá ít giá trị x khác nhau).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1384"/>
        <source>compares in atan2 {other} to {this}</source>
        <translation>so sánh trong atan2 {other} với {this}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1388"/>
        <source>uses {unit} as an exponent</source>
        <translation>dùng {unit} làm số mũ</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1392"/>
        <source>takes {function}() of {unit}, which has a unit</source>
        <translation>lấy {function}() của {unit}, là đại lượng có đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1396"/>
        <source>subtracts {other} from {this}</source>
        <translation>lấy {this} trừ {other}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1400"/>
        <source>adds {other} to {this}</source>
        <translation>cộng {other} vào {this}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1404"/>
        <source>{this} and {other} are added as plain numbers</source>
        <translation>{this} và {other} được cộng như các số thuần</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1408"/>
        <source>raises to a power that has a unit ({unit})</source>
        <translation>nâng lên một lũy thừa có đơn vị ({unit})</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1412"/>
        <source>raises {unit} to a power that is not a fixed number</source>
        <translation>nâng {unit} lên một lũy thừa không phải là số cố định</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1416"/>
        <source>The correlation coefficients contradict each other (the matrix is not positive semidefinite): check the signs and sizes of the r values.</source>
        <translation>Các hệ số tương quan mâu thuẫn nhau (ma trận không nửa xác định dương): hãy kiểm tra dấu và độ lớn của các giá trị r.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1421"/>
        <source>The model uses {listed}, which are not inputs of the budget.</source>
        <translation>Mô hình đo dùng {listed}, là những đại lượng không có trong các đại lượng đầu vào của bảng ngân sách.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1425"/>
        <source>Test points are given for {names}, not inputs of the budget.</source>
        <translation>Các điểm thử được cho cho {names}, không phải là đại lượng đầu vào của bảng ngân sách.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1429"/>
        <source>Input &apos;{name}&apos; cannot be given a correlation with itself.</source>
        <translation>Không thể cho đại lượng đầu vào &apos;{name}&apos; một hệ số tương quan với chính nó.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1433"/>
        <source>The correlation of &apos;{first}&apos; and &apos;{second}&apos; must lie in [-1, 1].</source>
        <translation>Hệ số tương quan của &apos;{first}&apos; và &apos;{second}&apos; phải nằm trong [-1, 1].</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1437"/>
        <source>The model gives no finite value or slope for &apos;{name}&apos; at the estimates (a division by zero, or the log or square root of a negative number?).</source>
        <translation>Mô hình đo không cho giá trị hoặc độ dốc hữu hạn của &apos;{name}&apos; tại các ước lượng (chia cho không, hay logarit hoặc căn bậc hai của một số âm?).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1442"/>
        <source>The model uses {listed}, which is not an input of the budget.</source>
        <translation>Mô hình đo dùng {listed}, không phải là đại lượng đầu vào của bảng ngân sách.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1446"/>
        <source>Output &apos;{output}&apos; comes out as {dimension}, which does not fit its unit &apos;{unit}&apos;.</source>
        <translation>Đại lượng đầu ra &apos;{output}&apos; ra thứ nguyên {dimension}, không khớp với đơn vị &apos;{unit}&apos; của nó.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1450"/>
        <source>Input &apos;{name}&apos;: {reason}</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1454"/>
        <source>The correlation names &apos;{name}&apos;, which is not an input.</source>
        <translation>Hệ số tương quan nêu tên &apos;{name}&apos;, không phải là đại lượng đầu vào.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1458"/>
        <source>For {name}, {note}</source>
        <translation>Với {name}, {note}</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1462"/>
        <source>{name}: U = {U:.3g} is below the laboratory&apos;s CMC of {cmc:.3g}; the CMC is stated instead (ILAC-P14 5.4).</source>
        <translation>{name}: U = {U:.3g} nhỏ hơn CMC của phòng thí nghiệm là {cmc:.3g}; CMC được công bố thay thế (ILAC-P14 5.4).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1467"/>
        <source>inputs {members} are correlated; for ν_eff their joint contribution was counted as one component with the smallest of their degrees of freedom.</source>
        <translation>các đại lượng vào {members} tương quan với nhau; khi tính ν_eff, đóng góp chung của chúng được tính là một thành phần với bậc tự do nhỏ nhất trong số đó.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1472"/>
        <source>Equation &apos;{output} = {text}&apos; {reason}.</source>
        <translation>Phương trình &apos;{output} = {text}&apos; {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1476"/>
        <source>Equation &apos;{output} = {text}&apos;: {note}.</source>
        <translation>Phương trình &apos;{output} = {text}&apos;: {note}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1480"/>
        <source>Input &apos;{name}&apos;: give a standard uncertainty or an expanded one.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: hãy nhập độ không đảm bảo đo chuẩn hoặc độ không đảm bảo đo mở rộng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1484"/>
        <source>Input &apos;{name}&apos;: an expanded uncertainty needs its coverage factor k or its coverage probability.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: độ không đảm bảo đo mở rộng cần có hệ số phủ k hoặc xác suất phủ.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1489"/>
        <source>Input &apos;{name}&apos;: the coverage factor k must be above zero.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: hệ số phủ k phải lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1493"/>
        <source>Input &apos;{name}&apos;: the {what} must be a finite number, not {value!r}.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: {what} phải là một số hữu hạn, không phải {value!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1497"/>
        <source>Input &apos;{name}&apos;: the half-width must be a number of zero or more.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: nửa độ rộng phải là một số từ không trở lên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1501"/>
        <source>estimate</source>
        <translation>ước lượng</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1505"/>
        <source>standard uncertainty</source>
        <translation>độ không đảm bảo đo chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1509"/>
        <source>Input &apos;{name}&apos;: the standard uncertainty cannot be negative.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: độ không đảm bảo đo chuẩn không thể âm.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1513"/>
        <source>Input &apos;{name}&apos;: &apos;{distribution}&apos; is not a distribution CalDesk knows ({known}).</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: &apos;{distribution}&apos; không phải là phân bố mà CalDesk biết ({known}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1517"/>
        <source>Input &apos;{name}&apos;: the degrees of freedom must be above zero.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: bậc tự do phải lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1521"/>
        <source>Input &apos;{name}&apos;: a Type A evaluation needs at least two observations.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: đánh giá loại A cần ít nhất hai giá trị quan trắc.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1525"/>
        <source>Input &apos;{name}&apos;: an observation is not a finite number.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: có một giá trị quan trắc không phải là số hữu hạn.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1529"/>
        <source>Input &apos;{name}&apos;: the trapezoid&apos;s β must lie between 0 and 1.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: β của phân bố hình thang phải nằm giữa 0 và 1.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1533"/>
        <source>Input &apos;{name}&apos;: a t-distribution needs more than 2 degrees of freedom.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: phân bố t cần nhiều hơn 2 bậc tự do.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1537"/>
        <source>Input &apos;{name}&apos;: a combined input needs at least one component.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: đại lượng đầu vào tổng hợp cần ít nhất một thành phần.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1541"/>
        <source>Input &apos;{name}&apos;: the coverage probability must lie between 0 and 1.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: xác suất phủ phải nằm giữa 0 và 1.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1545"/>
        <source>The coverage interval must be &apos;symmetric&apos; or &apos;shortest&apos;, not {interval!r}.</source>
        <translation>Khoảng phủ phải là &apos;symmetric&apos; (đối xứng) hoặc &apos;shortest&apos; (ngắn nhất), không phải {interval!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1549"/>
        <source>The coverage probability must lie between 0 and 1.</source>
        <translation>Xác suất phủ phải nằm giữa 0 và 1.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1553"/>
        <source>The model uses {names}, which the budget does not give.</source>
        <translation>Mô hình đo dùng {names}, mà bảng ngân sách không cho.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1557"/>
        <source>The Monte Carlo trials gave no usable values.</source>
        <translation>Các phép thử Monte Carlo không cho giá trị dùng được nào.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1561"/>
        <source>The number of trials must be between 1 and {most:,}.</source>
        <translation>Số phép thử phải từ 1 đến {most:,}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1565"/>
        <source>{lost} of {trials:,} trials gave no finite value (a division by zero or the log of a negative number) and were left out.</source>
        <translation>{lost} trong {trials:,} phép thử không cho giá trị hữu hạn (chia cho không hoặc logarit của số âm) và đã bị loại ra.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1570"/>
        <source>The adaptive Monte Carlo did not stabilise within the trial limit.</source>
        <translation>Monte Carlo thích nghi chưa ổn định trong giới hạn số phép thử.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1574"/>
        <source>Correlated inputs that are not normal ({names}) are drawn through a Gaussian copula: their sample correlation is close to, not exactly, the r given.</source>
        <translation>Các đại lượng vào tương quan không có phân bố chuẩn ({names}) được lấy mẫu qua copula Gauss: hệ số tương quan mẫu của chúng gần với r đã cho, nhưng không đúng bằng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1579"/>
        <source>&apos;^&apos; is not a power here: write x**2 for x squared</source>
        <translation>&apos;^&apos; ở đây không phải là lũy thừa: viết x**2 cho x bình phương</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1583"/>
        <source>&apos;//&apos; (integer division) is not allowed: write /</source>
        <translation>không được dùng &apos;//&apos; (chia lấy phần nguyên): hãy viết /</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1587"/>
        <source>&apos;{sign}&apos; is not allowed in a model</source>
        <translation>không được dùng &apos;{sign}&apos; trong mô hình đo</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1591"/>
        <source>The model: this is not a valid equation ({reason}).</source>
        <translation>Mô hình đo: đây không phải là một phương trình hợp lệ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1595"/>
        <source>Equation {number} (line {line}, column {column}): {what} is not allowed in a model.</source>
        <translation>Phương trình {number} (dòng {line}, cột {column}): không được dùng {what} trong mô hình đo.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1599"/>
        <source>The model is empty: write it as &apos;output = expression&apos;.</source>
        <translation>Mô hình đo đang trống: hãy viết theo dạng &apos;đầu ra = biểu thức&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1603"/>
        <source>Line {line}, column {column}: this is not a valid equation ({reason}).</source>
        <translation>Dòng {line}, cột {column}: đây không phải là một phương trình hợp lệ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1607"/>
        <source>The model: the brackets do not match ({reason}).</source>
        <translation>Mô hình đo: các dấu ngoặc không khớp nhau ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1611"/>
        <source>Equation {number} must have the form &apos;output = expression&apos; (found: {found}).</source>
        <translation>Phương trình {number} phải có dạng &apos;đầu ra = biểu thức&apos; (gặp: {found}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1615"/>
        <source>Equation {number}: the left side must be one plain name.</source>
        <translation>Phương trình {number}: vế trái phải là một tên đơn.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1619"/>
        <source>Equation {number}: &apos;{output}&apos; is a function or constant, not an output.</source>
        <translation>Phương trình {number}: &apos;{output}&apos; là một hàm hoặc hằng số, không phải đại lượng đầu ra.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1623"/>
        <source>an attribute (&apos;.&apos;)</source>
        <translation>thuộc tính (&apos;.&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1627"/>
        <source>indexing (&apos;[...]&apos;)</source>
        <translation>chỉ số (&apos;[...]&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1631"/>
        <source>a comparison</source>
        <translation>phép so sánh</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1635"/>
        <source>a lambda</source>
        <translation>biểu thức lambda</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1639"/>
        <source>a list</source>
        <translation>danh sách</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1643"/>
        <source>a tuple (a stray comma?)</source>
        <translation>bộ giá trị (thừa dấu phẩy?)</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1647"/>
        <source>a dictionary</source>
        <translation>từ điển</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1651"/>
        <source>Equation {number} (line {line}, column {column}): only numbers may appear, not {value!r}.</source>
        <translation>Phương trình {number} (dòng {line}, cột {column}): chỉ được có số, không được có {value!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1655"/>
        <source>Equation {number} (line {line}, column {column}): &apos;{name}&apos; is a function; call it as {name}(x).</source>
        <translation>Phương trình {number} (dòng {line}, cột {column}): &apos;{name}&apos; là một hàm; hãy gọi theo dạng {name}(x).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1660"/>
        <source>Equation {number} (line {line}, column {column}): &apos;{name}&apos; is not an allowed name.</source>
        <translation>Phương trình {number} (dòng {line}, cột {column}): &apos;{name}&apos; không phải là tên được phép dùng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1664"/>
        <source>Equation {number} (line {line}, column {column}): {refusal}.</source>
        <translation>Phương trình {number} (dòng {line}, cột {column}): {refusal}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1668"/>
        <source>Equation {number} (line {line}, column {column}): this operator is not allowed in a model.</source>
        <translation>Phương trình {number} (dòng {line}, cột {column}): không được dùng toán tử này trong mô hình đo.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1673"/>
        <source>Equation {number} (line {line}, column {column}): &apos;{shown}&apos; is not one of the functions a model may use ({allowed}).</source>
        <translation>Phương trình {number} (dòng {line}, cột {column}): &apos;{shown}&apos; không phải là một trong các hàm mô hình đo được dùng ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1678"/>
        <source>Equation {number} (line {line}, column {column}): &apos;{name}&apos; takes no named arguments.</source>
        <translation>Phương trình {number} (dòng {line}, cột {column}): &apos;{name}&apos; không nhận đối số có tên.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1682"/>
        <source>Equation {number} (line {line}, column {column}): &apos;{name}&apos; takes {arity} argument(s), not {given}.</source>
        <translation>Phương trình {number} (dòng {line}, cột {column}): &apos;{name}&apos; nhận {arity} đối số, không phải {given}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1687"/>
        <source>No value was given for the input(s) {names}.</source>
        <translation>Chưa có giá trị cho (các) đại lượng đầu vào {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1691"/>
        <source>Line {line}, column {column}: the brackets do not match ({reason}).</source>
        <translation>Dòng {line}, cột {column}: các dấu ngoặc không khớp nhau ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1695"/>
        <source>&apos;{output}&apos; is given a value twice or used before its own equation; each output must be defined once, before it is used.</source>
        <translation>&apos;{output}&apos; được gán giá trị hai lần hoặc được dùng trước phương trình của chính nó; mỗi đại lượng đầu ra phải được định nghĩa một lần, trước khi được dùng.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1700"/>
        <source>No unit was given.</source>
        <translation>Chưa nhập đơn vị.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1704"/>
        <source>&apos;{unit}&apos; measures {got}, not {wanted} like &apos;{expected}&apos;.</source>
        <translation>&apos;{unit}&apos; đo {got}, không phải {wanted} như &apos;{expected}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1708"/>
        <source>&apos;{unit}&apos; is not a unit CalDesk knows.</source>
        <translation>&apos;{unit}&apos; không phải là đơn vị mà CalDesk biết.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="43"/>
        <source>Input &apos;{name}&apos;: the value &apos;{text}&apos; is not a number.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: giá trị &apos;{text}&apos; không phải là số.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="44"/>
        <source>Input &apos;{name}&apos;: the u or half-width &apos;{text}&apos; is not a number.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: u hoặc nửa độ rộng &apos;{text}&apos; không phải là số.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="47"/>
        <source>Input &apos;{name}&apos;: the ν &apos;{text}&apos; is not a number.</source>
        <translation>Đại lượng đầu vào &apos;{name}&apos;: bậc tự do ν &apos;{text}&apos; không phải là số.</translation>
    </message>
</context>
</TS>
