"""The fixed words a certificate and a label print, in both languages of the certificate.

These are document text, not interface text: a certificate's language is chosen per print
("vi", "en" or both side by side), whatever language the interface shows, so they are
:class:`Bilingual` like the content's own labels rather than ``tr()`` strings.
"""

from __future__ import annotations

from lab.certificates.content import Bilingual

NUMBER = Bilingual("Số", "No.")
REVISION = Bilingual("Lần ban hành", "Revision")
ACCREDITATION = Bilingual("Công nhận", "Accreditation")
PHONE = Bilingual("ĐT", "Tel.")

CUSTOMER = Bilingual("Khách hàng", "Customer")
NAME = Bilingual("Tên", "Name")
DESCRIPTION = Bilingual("Tên phương tiện đo", "Description")
ADDRESS = Bilingual("Địa chỉ", "Address")
CONTACT = Bilingual("Liên hệ", "Contact")
ITEM = Bilingual("Phương tiện đo", "Item calibrated")
KIND = Bilingual("Loại", "Type")
MANUFACTURER = Bilingual("Nhà sản xuất", "Manufacturer")
MODEL = Bilingual("Kiểu", "Model")
SERIAL = Bilingual("Số máy", "Serial number")
ASSET_TAG = Bilingual("Mã tài sản", "Asset tag")
LAB_ID = Bilingual("Mã số PTN", "Lab ID")
RANGE = Bilingual("Phạm vi đo", "Measuring range")
RESOLUTION = Bilingual("Độ phân giải", "Resolution")
ACCURACY = Bilingual("Cấp/độ chính xác", "Accuracy")
CONDITION = Bilingual("Tình trạng khi nhận", "Condition as received")
RECEIVED_ON = Bilingual("Ngày nhận", "Date received")
CALIBRATED_ON = Bilingual("Ngày hiệu chuẩn", "Date of calibration")
ISSUED_ON = Bilingual("Ngày ban hành", "Date of issue")
LOCATION = Bilingual("Địa điểm hiệu chuẩn", "Place of calibration")
METHOD = Bilingual("Phương pháp", "Method")
ENVIRONMENT = Bilingual("Điều kiện môi trường", "Environmental conditions")
CALIBRATION = Bilingual(
    "Thời gian, địa điểm và phương pháp hiệu chuẩn", "Dates, place and method of calibration"
)

STANDARDS = Bilingual("Chuẩn đo lường sử dụng và tính liên kết", "Standards used and traceability")
STD_CODE = Bilingual("Mã chuẩn", "Code")
STD_NAME = Bilingual("Tên chuẩn", "Standard")
STD_CERTIFICATE = Bilingual("Số GCN", "Certificate No.")
STD_CALIBRATED_BY = Bilingual("Liên kết tới", "Traceable to")
STD_VALID_UNTIL = Bilingual("Hiệu lực đến", "Valid until")

RESULTS = Bilingual("Kết quả hiệu chuẩn", "Calibration results")
CONTINUED = Bilingual("tiếp theo", "continued")
NOMINAL = Bilingual("Giá trị danh định", "Nominal")
REFERENCE = Bilingual("Giá trị chuẩn", "Reference value")
INDICATION = Bilingual("Số chỉ", "Indication")
ERROR = Bilingual("Sai số", "Error")
UNCERTAINTY = Bilingual("Độ không đảm bảo đo U", "Uncertainty U")
COVERAGE = Bilingual("k", "k")
MPE = Bilingual("Sai số cho phép", "MPE")
VERDICT = Bilingual("Kết luận", "Verdict")

PLOT = Bilingual("Sai số theo giá trị danh định", "Error versus nominal value")
AS_FOUND = Bilingual("Trước hiệu chỉnh", "As found")
AS_LEFT = Bilingual("Sau hiệu chỉnh", "As left")
MPE_LINES = Bilingual("± sai số cho phép", "± MPE")

UNCERTAINTY_SECTION = Bilingual("Độ không đảm bảo đo", "Measurement uncertainty")
CONFORMITY = Bilingual("Công bố sự phù hợp", "Statement of conformity")
INTERVAL = Bilingual("Chu kỳ hiệu chuẩn", "Calibration interval")
REMARKS = Bilingual("Ghi chú", "Remarks")

PERFORMED_BY = Bilingual("Người thực hiện", "Calibrated by")
AUTHORIZED_BY = Bilingual("Người phê duyệt", "Authorized by")
SIGNED = Bilingual("Đã ký điện tử", "Electronically signed")
VERIFY = Bilingual(
    "Kiểm tra tính xác thực: quét mã QR hoặc dùng lệnh verify-certificate",
    "Check authenticity: scan the QR code or use verify-certificate",
)

AMENDMENT = Bilingual("Sửa đổi", "Amendment")
SUPERSEDES = Bilingual("thay thế", "supersedes")
AMENDMENT_REASON = Bilingual("Lý do", "Reason")
DRAFT = Bilingual("BẢN NHÁP", "DRAFT")
END = Bilingual("--- Hết giấy chứng nhận", "End of certificate ---")

LABEL_TITLE = Bilingual("ĐÃ HIỆU CHUẨN", "CALIBRATED")
LABEL_DATE = Bilingual("Ngày HC", "Cal. date")
LABEL_DUE = Bilingual("Hạn HC", "Due")
LABEL_CERTIFICATE = Bilingual("Số GCN", "Cert. No.")


def page_of(page: int, pages: int, language: str) -> str:
    """'Trang 1/3', 'Page 1 of 3' or both."""
    vi, en = f"Trang {page}/{pages}", f"Page {page} of {pages}"
    return {"vi": vi, "en": en}.get(language, f"{vi} / {en}")


def end_of_certificate(language: str) -> str:
    """The closing line: '--- Hết giấy chứng nhận / End of certificate ---' in both languages."""
    if language == "vi":
        return "--- Hết giấy chứng nhận ---"
    if language == "en":
        return "--- End of certificate ---"
    return END.text("both")
