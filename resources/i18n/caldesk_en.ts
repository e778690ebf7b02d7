<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="552" />
        <source>Amend %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="555" />
        <source>An issued certificate is never edited. The amendment is a new revision, made from the records as they are now; it names revision %1 as superseded and prints the reason you give here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="563" />
        <source>e.g. The serial number was misprinted (was 12345, is 12346).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="572" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="573" />
        <source>Your password</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditTrailView</name>
    <message>
        <location filename="../../ui/history.py" line="128" />
        <source>Search the audit trail: a person, a record, a value, a reason…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="131" />
        <source>Verify the chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="136" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="137" />
        <source>Workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="138" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="139" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="140" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="141" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="142" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="143" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="171" />
        <source>Showing the newest %1 entries; narrow the search to see older ones.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="174" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
</context>
<context>
    <name>CalibratePane</name>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="102" />
        <source>Resume the selected draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="106" />
        <location filename="../../ui/panes/calibrate.py" line="111" />
        <source>Calibrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="107" />
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="108" />
        <source>Review and approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="118" />
        <source>Calibrations still in draft; resume one to take the points it still lacks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="134" />
        <source>As found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="136" />
        <source>As left (after adjustment)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/calibrate.py" line="139" />
        <source>%n point(s) taken</source>
        <translation>
            <numerusform>%n point taken</numerusform><numerusform>%n points taken</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/calibrate.py" line="141" />
        <source>%1 of %n point(s)</source>
        <translation>
            <numerusform>%1 of %n point</numerusform><numerusform>%1 of %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>CalibrationTable</name>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="41" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="42" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="43" />
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="44" />
        <source>Technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="46" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="88" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="89" />
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificateBatch</name>
    <message>
        <location filename="../../ui/certificate_batch.py" line="28" />
        <source>Work order %1 has no issued certificate yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/certificate_batch.py" line="31" />
        <source>The printer could not be opened; check it is on and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificatePrinting</name>
    <message>
        <location filename="../../ui/certificates/printing.py" line="56" />
        <source>Certificate %1 — print preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificatesPane</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="94" />
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="95" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="107" />
        <source>Approved calibrations waiting for a certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="110" />
        <location filename="../../ui/panes/certificates.py" line="149" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="111" />
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="112" />
        <source>Approved by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="113" />
        <source>Calibration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="117" />
        <location filename="../../ui/panes/certificates.py" line="159" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="119" />
        <source>Sign and issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="128" />
        <source>Only a signatory issues certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="132" />
        <source>Your password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="141" />
        <source>Issued certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="143" />
        <source>Certificate number, lab ID or customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="147" />
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="148" />
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="150" />
        <source>Work order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="151" />
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="152" />
        <source>Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="153" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="160" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="161" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="162" />
        <source>Label PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="163" />
        <source>Amend…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="176" />
        <source>A work order's certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="179" />
        <source>Save all as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="181" />
        <source>Print all…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="185" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="201" />
        <source>Check a certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="203" />
        <source>Text of the QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="205" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="207" />
        <source>Check a PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="252" />
        <source>current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="252" />
        <source>superseded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="287" />
        <source>Choose an issued certificate first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="308" />
        <source>No approved calibration is waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="321" />
        <source>Certificate %1 issued for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="333" />
        <source>Amend the current revision, not a superseded one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="349" />
        <source>Revision %1 of %2 issued; it supersedes revision %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="373" />
        <source>Printing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="383" />
        <source>Save certificate as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="409" />
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="412" />
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="394" />
        <source>Save calibration label as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="420" />
        <source>Folder for the certificates of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="427" />
        <source>Saving the certificates of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="440" />
        <source>Printing the certificates of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="445" />
        <source>A batch is already running; wait or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="476" />
        <source>%1 certificates of %2 saved in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="483" />
        <source>%1 certificates of %2 sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="488" />
        <source>Sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="498" />
        <source>The batch stopped: %1. Files already saved are complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="506" />
        <source>Cancelled. The certificates saved before you cancelled are complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/certificates.py" line="519" />
        <source>Certificate PDF to check</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="92" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="92" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="92" />
        <source>Value in the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="93" />
        <source>Other value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="93" />
        <source>Other value from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="93" />
        <source>Common ancestor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="94" />
        <source>Found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="104" />
        <source>Keep the value in the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="106" />
        <source>Take the other value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="108" />
        <source>Type the right value…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="136" />
        <source>this workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="164" />
        <source>Your role may not edit the register, so it may not settle conflicts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="174" />
        <source>Type the right value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="176" />
        <source>The right %1 of %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="178" />
        <source>Numbers may have a decimal comma; dates are day/month/year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="201" />
        <source>This conflict was already settled; the list is brought up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="206" />
        <source>Settled: %1 of %2 is now %3. The decision goes to the centre and the other workstations at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionRow</name>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="43" />
        <source>reference standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="44" />
        <source>unit under test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="58" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="70" />
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="84" />
        <source>a port, e.g. /dev/ttyUSB0 or COM3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="93" />
        <source>Baud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="104" />
        <source>Simulated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="111" />
        <source>no handshake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="142" />
        <source>Asking %1 who it is…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionsBox</name>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="164" />
        <source>Instruments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_connections.py" line="168" />
        <source>This procedure reads no instrument over a cable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContributionBars</name>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="51" />
        <source>No budget yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceKinds</name>
    <message>
        <location filename="../../ui/names.py" line="24" />
        <source>balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="25" />
        <source>caliper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="26" />
        <source>clamp meter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="27" />
        <source>dial gauge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="28" />
        <source>furnace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="29" />
        <source>hygrometer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="30" />
        <source>incubator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="31" />
        <source>insulation tester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="32" />
        <source>lux meter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="33" />
        <source>micrometer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="34" />
        <source>multimeter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="35" />
        <source>oscilloscope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="36" />
        <source>oven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="37" />
        <source>power supply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="38" />
        <source>pressure gauge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="39" />
        <source>pressure transmitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="40" />
        <source>sound level meter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="41" />
        <source>stopwatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="42" />
        <source>temperature bath</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="43" />
        <source>thermohygrometer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="44" />
        <source>thermometer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="45" />
        <source>torque wrench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="46" />
        <source>weight</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../ui/models/device_table.py" line="45" />
        <source>Lab ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="46" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="47" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="49" />
        <source>Manufacturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="53" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="54" />
        <source>Serial no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="55" />
        <source>Asset tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="56" />
        <source>Range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="58" />
        <source>Last calibrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/device_table.py" line="63" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DevicesPane</name>
    <message numerus="yes">
        <location filename="../../ui/panes/devices.py" line="46" />
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform><numerusform>%n devices</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="72" />
        <source>The register is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="75" />
        <source>Start with the demo lab to look around, or import the device list a customer sent (Excel or CSV, Vietnamese or English headers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="80" />
        <source>Load the demo lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="82" />
        <source>Import a device list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="113" />
        <source>Search name, serial, model, asset tag, lab ID… (accents optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="123" />
        <source>All devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="124" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="125" />
        <source>Due within 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="130" />
        <source>Import device list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="160" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="163" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="173" />
        <source>Lab ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="174" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="175" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="176" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="177" />
        <source>Manufacturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="178" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="179" />
        <source>Serial no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="180" />
        <source>Asset tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="181" />
        <source>Range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="182" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="183" />
        <source>Accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="184" />
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="185" />
        <source>Last calibrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="186" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="187" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="188" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="208" />
        <source>All customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="230" />
        <source>counting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/devices.py" line="239" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
</context>
<context>
    <name>Distributions</name>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="34" />
        <source>normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="35" />
        <source>rectangular</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="36" />
        <source>triangular</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="37" />
        <source>arcsine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <location filename="../../ui/panes/calibration_plot.py" line="73" />
        <source>No points yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_plot.py" line="119" />
        <source>Error ± U in % of MPE at each nominal value (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_plot.py" line="122" />
        <source>○ as found   ● as left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/login.py" line="134" />
        <source>CalDesk — first admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="137" />
        <source>This database has no users yet. Create the lab's first admin: the admin adds the technicians, reviewers and signatories afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="150" />
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="151" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="152" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="153" />
        <source>Password again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="155" />
        <source>Create admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="156" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="167" />
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="58" />
        <source>Import a device list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="70" />
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="78" />
        <source>Columns: check what each column of the file holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81" />
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81" />
        <source>Imported as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="86" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109" />
        <source>Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="113" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="116" />
        <source>Customer name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="122" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="130" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="135" />
        <location filename="../../ui/import_dialog.py" line="408" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137" />
        <source>Save rejected rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="140" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="159" />
        <source>Device list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="161" />
        <source>Device lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="188" />
        <source>Header found on line %1 (%2). Check the columns, then Check or Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="205" />
        <source>— not imported —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="251" />
        <source>Device name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="252" />
        <source>Kind of device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="253" />
        <source>Manufacturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="254" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="255" />
        <source>Serial number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="256" />
        <source>Asset tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="257" />
        <source>Range (min–max unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="258" />
        <source>Range minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="259" />
        <source>Range maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="260" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="261" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="262" />
        <source>Accuracy / class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="263" />
        <source>Calibration interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="264" />
        <source>Last calibration date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="265" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="266" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="337" />
        <source>The import failed and the register is unchanged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="348" />
        <source>Import cancelled; the register is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="353" />
        <source>Check: %1 new, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="356" />
        <source>Imported %1, updated %2, unchanged %3, rejected %4. Work order %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="360" />
        <source>Nothing changed: this file was already taken in as %5 (%1 new, %2 updated, %3 unchanged, %4 rejected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="382" />
        <source>Save rejected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="384" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="393" />
        <source>Rejected rows saved to %1: fix them there and import that file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="408" />
        <source>Cancel import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="421" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InputsTable</name>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="58" />
        <source>Input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="59" />
        <source>Distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="60" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="61" />
        <source>u or half-width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="62" />
        <source>ν (blank = ∞)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="63" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="143" />
        <source>Kept as in the budget file; edit the file to change it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstrumentDescriptions</name>
    <message>
        <location filename="../../ui/names.py" line="91" />
        <source>HP/Agilent 34401A 6½-digit multimeter (SCPI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="92" />
        <source>Fluke 5520A multiproduct calibrator (REMOTE I/F in COMP mode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="95" />
        <source>Fluke/Hart 9102S dry-well (9103/9141 family)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="96" />
        <source>Mettler Toledo balance, MT-SICS level 0/1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstrumentReadings</name>
    <message>
        <location filename="../../ui/names.py" line="99" />
        <source>DC voltage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="100" />
        <source>AC voltage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="101" />
        <source>DC current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="102" />
        <source>AC current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="103" />
        <source>2-wire resistance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="104" />
        <source>4-wire resistance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="105" />
        <source>the selected output (unit as sourced)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="106" />
        <source>well temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="107" />
        <source>set point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="108" />
        <source>stable weight (S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="109" />
        <source>immediate weight, stable or not (SI)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstrumentTitles</name>
    <message>
        <location filename="../../ui/names.py" line="79" />
        <source>the HP 34401A multimeter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="80" />
        <source>the Fluke 5520A calibrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="81" />
        <source>the Hart 9102S dry-well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="82" />
        <source>the Mettler Toledo balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="83" />
        <source>the instrument</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstrumentsPane</name>
    <message>
        <location filename="../../ui/panes/instruments.py" line="161" />
        <location filename="../../ui/panes/instruments.py" line="320" />
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="162" />
        <source>Identify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="163" />
        <location filename="../../ui/panes/instruments.py" line="323" />
        <source>Start readings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="165" />
        <location filename="../../ui/panes/instruments.py" line="254" />
        <source>Not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="169" />
        <source>Instrument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="170" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="171" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="172" />
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="191" />
        <source>%1 (simulator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="220" />
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="231" />
        <source>Stopping after the reading in progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="237" />
        <source>Reading %1 live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="290" />
        <source>Connected to %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="302" />
        <source>Readings stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="320" />
        <source>Disconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="323" />
        <source>Stop readings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="67" />
        <source>CalDesk is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="71" />
        <source>Locked after %1 idle minutes. %2 (%3), type your password to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="82" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="102" />
        <source>The password is wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogInDialog</name>
    <message>
        <location filename="../../ui/login.py" line="72" />
        <source>CalDesk — log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="77" />
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="78" />
        <location filename="../../ui/login.py" line="99" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="80" />
        <source>Log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="81" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="89" />
        <source>Demo lab: its users and passwords. Click one to fill it in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="99" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="99" />
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/login.py" line="108" />
        <source>Demo lab only: click a user to fill in the log-in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>&amp;Import device list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="190" />
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n change pending</numerusform><numerusform>%n changes pending</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="192" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>Open the Sync pane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>Last sync failed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203" />
        <source>Last sync %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>Sync not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>demo lab (simulated instruments)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>No database open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Database: %1 · workstation %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>logged in as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>McmHistogram</name>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="108" />
        <source>Run Monte Carlo to see the distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="177" />
        <source>symmetric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="177" />
        <source>shortest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="179" />
        <source>GUM y ± U</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/panes/__init__.py" line="27" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="30" />
        <source>Work orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="35" />
        <source>Calibrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="40" />
        <source>Standards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="45" />
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="50" />
        <source>Uncertainty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="55" />
        <source>Instruments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="58" />
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="59" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaceWeightsDialog</name>
    <message>
        <location filename="../../ui/typed_entry.py" line="143" />
        <source>Place the reference weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="149" />
        <source>The weight is on the pan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="151" />
        <source>Stop the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="164" />
        <source>%1 (serial %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="169" />
        <source>First empty the pan and zero the balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="171" />
        <source>Take the previous weight off the pan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="173" />
        <source>Test point %1: place the %1 weight of the set %2 on the pan of the balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="181" />
        <source>Its certified conventional mass is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="186" />
        <source>Once the weight is on the pan, the balance is read as soon as it is stable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadingPlot</name>
    <message>
        <location filename="../../ui/panes/instruments.py" line="80" />
        <source>No readings yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="87" />
        <source>overload</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <location filename="../../ui/history.py" line="85" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="86" />
        <source>Workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="87" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="88" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="89" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="90" />
        <source>Old → new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/history.py" line="91" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="36" />
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="37" />
        <source>Nominal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="38" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="39" />
        <source>Indication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="40" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="41" />
        <source>U</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="42" />
        <source>k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="43" />
        <source>ν eff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="44" />
        <source>MPE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="45" />
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="63" />
        <source>as found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="63" />
        <source>as left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="67" />
        <source>pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="68" />
        <source>conditional pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="69" />
        <source>conditional fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_results.py" line="70" />
        <source>fail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="89" />
        <source>Sign as reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="91" />
        <source>Sign as approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="97" />
        <source>Your password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="99" />
        <source>Calibrations waiting for review or approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="119" />
        <source>Nothing waits for review or approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="129" />
        <source>%1, %2 v%3, by %4; %5 (certificate %6); room %7 °C, %8 %RH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibration_review.py" line="137" />
        <source>Adjusted by %1 between the points as found and as left: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/names.py" line="17" />
        <source>technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="18" />
        <source>reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="19" />
        <source>signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="20" />
        <source>admin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="180" />
        <source>Lab ID, e.g. 26-A1B-00001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="188" />
        <source>Next: environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="194" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="195" />
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="196" />
        <source>Reference standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="260" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="262" />
        <source>Save the draft and go to the points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="268" />
        <source>Room temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="269" />
        <source>Relative humidity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="294" />
        <location filename="../../ui/panes/calibrate.py" line="358" />
        <source>Take the points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="296" />
        <source>Stop after this point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="304" />
        <source>I read the displays and type the readings myself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="308" />
        <source>Adjust…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="310" />
        <source>Record what you adjusted, then take the points again as left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="313" />
        <source>Finish: not adjusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="358" />
        <source>Take the points as left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="365" />
        <source>readings typed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="369" />
        <source>simulated bench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="371" />
        <source>%1 by %2 v%3 with %4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="379" />
        <source>Adjusted: %1. Points as left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="384" />
        <source>Every point is taken as found. Adjust the device and take the points again as left, or finish: the results as found are then the results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="388" />
        <source>Points as found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="465" />
        <source>Adjust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="468" />
        <source>What did you adjust? One sentence for the certificate, e.g. 'DC zero and gain trimmed on the 10 V range'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="484" />
        <source>Adjustment recorded. Take the points again as left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="498" />
        <source>Stopped. Every point taken is saved; resume the draft to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="505" />
        <source>The run stopped: %1 Every point taken before is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="525" />
        <source>Calibrate another device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="541" />
        <source>%1 is %2: %3 of %4 points pass. It now waits for a reviewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="548" />
        <source>Adjusted by %1 before the points as left: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="561" />
        <source>2 Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="561" />
        <source>1 Standards and instruments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="562" />
        <source>3 Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/calibrate.py" line="562" />
        <source>4 Summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../ui/signing.py" line="52" />
        <source>Sign: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signing.py" line="59" />
        <source>Content fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signing.py" line="65" />
        <source>Signer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signing.py" line="66" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signing.py" line="68" />
        <source>Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signing.py" line="69" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/signing.py" line="101" />
        <source>The password is wrong; nothing was signed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StandardRoles</name>
    <message>
        <location filename="../../ui/names.py" line="61" />
        <source>calibrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="62" />
        <source>dry-well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="63" />
        <source>reference gauge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/names.py" line="64" />
        <source>weights</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StandardsPane</name>
    <message>
        <location filename="../../ui/panes/standards.py" line="40" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="41" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="42" />
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="43" />
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="44" />
        <source>Used as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="45" />
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="46" />
        <source>Calibrated by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="60" />
        <source>Calibrations that used it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="63" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="63" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="63" />
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="63" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="71" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="73" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="78" />
        <source>Reference standards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="81" />
        <source>Reverse traceability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="92" />
        <source>valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="93" />
        <source>due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/standards.py" line="94" />
        <source>expired: cannot be used</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/standards.py" line="143" />
        <source>%n calibration(s) used %1 between %2 and %3.</source>
        <translation>
            <numerusform>%n calibration used %1 between %2 and %3.</numerusform><numerusform>%n calibrations used %1 between %2 and %3.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncNames</name>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="38" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="39" />
        <source>Reference standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="40" />
        <source>Work order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="41" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="42" />
        <source>Calibration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="45" />
        <source>whole record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="46" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="47" />
        <source>location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="48" />
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="49" />
        <source>model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="50" />
        <source>manufacturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="51" />
        <source>serial no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="52" />
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="53" />
        <source>contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="54" />
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="55" />
        <source>interval (months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="56" />
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="57" />
        <source>asset tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="58" />
        <source>range from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="59" />
        <source>range to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="60" />
        <source>unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="61" />
        <source>resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="62" />
        <source>accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="63" />
        <source>last calibrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="64" />
        <source>tax code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="65" />
        <source>e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync_conflicts.py" line="66" />
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPane</name>
    <message>
        <location filename="../../ui/panes/sync.py" line="76" />
        <source>off (only on demand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="77" />
        <source>min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="78" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="82" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="84" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="91" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="114" />
        <source>Central database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="115" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="116" />
        <source>Encryption (TLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="117" />
        <source>Sync in the background every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="122" />
        <source>Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="131" />
        <location filename="../../ui/panes/sync.py" line="144" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="132" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="134" />
        <source>Sync with the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="143" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="143" />
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="143" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="143" />
        <source>Pushed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="144" />
        <source>Pulled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="144" />
        <source>Seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="156" />
        <source>prefer: TLS when the centre offers it (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="157" />
        <source>require: always TLS, certificate not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="158" />
        <source>verify-ca: TLS, certificate checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="159" />
        <source>verify-full: TLS, certificate and name checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="160" />
        <source>disable: no TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="161" />
        <source>allow: TLS only if the centre insists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="177" />
        <source>saved (type a new one to replace it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="178" />
        <source>none saved (certificate or trusted login)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="193" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="199" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="208" />
        <source>Set the central database's address first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="214" />
        <source>Connecting to the centre…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="215" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/sync.py" line="221" />
        <source>%n change(s) sent…</source>
        <translation>
            <numerusform>%n change sent…</numerusform><numerusform>%n changes sent…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/sync.py" line="223" />
        <source>%n row(s) received…</source>
        <translation>
            <numerusform>%n row received…</numerusform><numerusform>%n rows received…</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="234" />
        <source>Not synced yet on this workstation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="244" />
        <source>%1: pushed %2, pulled %3, conflicts found %4, still open %5; took %6 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="250" />
        <source>Last sync went through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="254" />
        <source>The sync was cancelled (pushed %1, pulled %2); the next sync carries on from there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="261" />
        <source>Nothing was lost: your changes stay on this workstation until the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="266" />
        <source>The central database could not be reached (network, server, address, login or password).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="269" />
        <source>The central database and this CalDesk are not the same version (see the details for who must update).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="271" />
        <source>The central database refused the sync (see the details).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="275" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="276" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="277" />
        <source>centre unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="278" />
        <source>different versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="279" />
        <source>refused or failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="283" />
        <source>by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="284" />
        <source>in the background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="285" />
        <source>command line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/sync.py" line="318" />
        <source>Conflicts (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TypedValuesDialog</name>
    <message>
        <location filename="../../ui/typed_entry.py" line="90" />
        <source>Type the readings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="91" />
        <source>reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="91" />
        <source>unit under test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="93" />
        <source>Test point %1 %2: type the %3 readings of the %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="103" />
        <source>Reading %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="108" />
        <source>Save the readings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="110" />
        <source>Stop the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/typed_entry.py" line="126" />
        <source>Reading %1 ('%2') is not a number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UncertaintyPane</name>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="54" />
        <source>Input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="55" />
        <source>Estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="59" />
        <source>Index %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="81" />
        <source>output = expression, e.g. P = V*I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="93" />
        <source>symmetric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="94" />
        <source>shortest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="95" />
        <source>Evaluate (GUM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="96" />
        <source>Run Monte Carlo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="97" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="99" />
        <source>Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="100" />
        <source>Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="119" />
        <source>Coverage probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="120" />
        <source>Monte Carlo trials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="121" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="122" />
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="132" />
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="134" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="141" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="171" />
        <source>Model OK: outputs %1; inputs %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="223" />
        <source>Could not open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="229" />
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="239" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="242" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="246" />
        <source>Open budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="251" />
        <source>Save budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="372" />
        <source>%1: %2 trials, mean %3, u %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="389" />
        <source>Monte Carlo finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="395" />
        <source>Monte Carlo failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="402" />
        <source>Monte Carlo cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkOrdersPane</name>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="25" />
        <source>Work order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="26" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="27" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="28" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="29" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="30" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="31" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="32" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="33" />
        <source>Imported by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="36" />
        <source>Lab ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="36" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="36" />
        <source>Serial no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="38" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="44" />
        <source>Work orders</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <location filename="../../ui/lab_sentences.py" line="16" />
        <source>The audit trail is broken at entry #{entry}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="20" />
        <source>entry #{entry} is missing (the next entry found is #{found}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="24" />
        <source>it does not link to the entry before it (an entry was removed or moved).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="28" />
        <source>its content was changed after it was recorded ({actor}, {recorded_at}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="32" />
        <source>the trail ends at #{last} but its head records #{head}: entries were removed from the end, or the head was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="37" />
        <source>The audit trail is intact: {events} events, every link checked. Head #{events}: {head}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="41" />
        <source>it no longer has the hash recorded for it earlier: the trail was rewritten and re-hashed from this entry on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="46" />
        <source>the entry recorded earlier is no longer in the trail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="50" />
        <source>Say which port the {drivers} is on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="54" />
        <source>The simulated balance carries at most {capacity:g} g, and {lab_id} is calibrated up to {range_max:g} g: run it on its own port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="59" />
        <source>the field {field!r} is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="63" />
        <source>{file}: 'points' needs 'nominal' or 'fraction_of_range'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="67" />
        <source>{file}: the decision rule must be one of {rules}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="71" />
        <source>{file}: 'readings_per_point' must be 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="75" />
        <source>{file}: 'cmc' needs 'absolute' and/or 'relative' (numbers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="79" />
        <source>{file}: the 'cmc' values must be zero or positive numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="83" />
        <source>{file}: entry {entry!r} is not one of {entries}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="87" />
        <source>{file}: an entry by {entry} needs its 'driver'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="91" />
        <source>{file}: the budget needs a 'model' and a list of 'inputs'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="95" />
        <source>{procedure} version {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="99" />
        <source>There is no procedure {which}; the procedures are: {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="103" />
        <source>The budget template uses ${name}, which a point does not provide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="107" />
        <source>{file}: cannot be read as JSON ({why}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="111" />
        <source>{file}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="115" />
        <source>Two files define {procedure} version {version}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="119" />
        <source>{procedure} reads instruments; only procedures read off displays can be typed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="123" />
        <source>{procedure} has steps done by hand (weights, readings off a display); run it in the Calibrate pane.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="128" />
        <source>The {drivers} is simulated and the other instrument is on a port: a simulated instrument cannot be wired to a real one. Choose a port for each, or simulate both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="137" />
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="141" />
        <source>measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="145" />
        <source>reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="149" />
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="153" />
        <source>device of no stated kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="157" />
        <source>an adjustment is recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="161" />
        <source>points are taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="165" />
        <source>{lab_id} has no resolution or range in the register; enter them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="169" />
        <source>None of the test points of {procedure} lies in {lab_id}'s range {low:g}–{high:g} {unit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="173" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="177" />
        <source>{lab_id} is a {kind}; procedures that fit: {names}. Name one with --procedure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="181" />
        <source>There is no device {lab_id} in the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="185" />
        <source>There is no calibration {calibration_id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="189" />
        <source>Say in a sentence what was adjusted (e.g. 'DC zero trimmed').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="193" />
        <source>The adjustment note is {length} characters; keep it under {most}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="197" />
        <source>Calibration {calibration_id} was already adjusted ({adjustment}); it is adjusted once, between the as-found and the as-left points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="202" />
        <source>Take every as-found point before adjusting; still to take ({unit}): {left}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="206" />
        <source>Calibration {calibration_id} is {state}; {what} only while it is a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="210" />
        <source>Calibration {calibration_id} was adjusted since this run began; resume it to take the as-left points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="215" />
        <source>Calibration {calibration_id} is already {state}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="219" />
        <source>{user} took these measurements; another person must review them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="223" />
        <source>Calibration {calibration_id} is approved and never edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="227" />
        <source>Calibration {calibration_id} is {state}; only a {needed} calibration can be {to}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="231" />
        <source>The room temperature {temperature:g} °C is outside {low:g}–{high:g} °C: check the thermometer reading and type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="236" />
        <source>The humidity {humidity:g} %RH is outside {low:g}–{high:g} %RH: check the hygrometer reading and type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="241" />
        <source>{procedure} calibrates {kinds}, but {lab_id} is a {kind}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="245" />
        <source>{lab_id}'s accuracy '{accuracy}' gives no tolerance at {nominal:g} {unit}; this point cannot be judged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="250" />
        <source>'{calibration_id}' is not a calibration id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="254" />
        <source>As-left points still to take ({unit}): {left}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="258" />
        <source>Points still to take ({unit}): {left}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="262" />
        <source>{lab_id} is in {unit}, which is not a {quantity} unit ({procedure_unit}); {procedure} cannot calibrate it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="267" />
        <source>{lab_id}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="271" />
        <source>The lab has no reference standard used as '{role}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="275" />
        <source>There is no reference standard with the code {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="279" />
        <source>{code} is valid until {until}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="283" />
        <source>{code} has no certified value at {nominal:g} {unit} (its certificate covers {certified}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="287" />
        <source>{code} ({name}) cannot be used: its certificate {certificate} expired on {until}; have it recalibrated and enter the new certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="292" />
        <source>{code} is valid until {until}, {left} days from now: book its recalibration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="133" />
        <source>{lab_id} is a {kind}; no procedure calibrates that kind of device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="296" />
        <source>{code} is used as '{role}', but this step needs a standard used as '{needed}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="300" />
        <source>no points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="304" />
        <source>The accuracy '{accuracy}' is not one CalDesk reads: write e.g. ±(0.05 % + 2 d), ±0.2 °C, Cấp 1.6 or Cấp II in the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="309" />
        <source>The device has no accuracy in the register, so it has no MPE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="313" />
        <source>A load of {reading:g} is beyond the {accuracy} balance's scale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="317" />
        <source>An MPE of {mpe:g} leaves nothing to accept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="321" />
        <source>The accuracy class in '{accuracy}' is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="325" />
        <source>'{rule}' is not a decision rule CalDesk knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="329" />
        <source>the lab's name in Vietnamese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="333" />
        <source>the lab's name in English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="337" />
        <source>the lab's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="341" />
        <source>Calibration {calibration_id} is {state}; a certificate is made only from an approved calibration (review and approval come first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="346" />
        <source>Calibration {calibration_id} has no measurement points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="350" />
        <source>Calibration {calibration_id} has no recorded room temperature or humidity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="354" />
        <source>The lab setting '{key}' ({what}) is not set; an administrator sets it before any certificate is issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="359" />
        <source>The procedure this calibration ran cannot be read: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="363" />
        <source>There is no certificate {number} in this workstation's records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="367" />
        <source>Certificate {number} has {count} revision(s); there is no revision {revision}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="371" />
        <source>Calibration {calibration_id} already has the certificate {number} (revision {revision}); amend that certificate instead of issuing again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="376" />
        <source>An amendment must say why it is made (ISO/IEC 17025 7.8.8); give the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="380" />
        <source>Revision {revision} of {number} is already superseded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="384" />
        <source>There is no work order {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="388" />
        <source>The signatory who approved calibration {calibration_id} is not a user here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="392" />
        <source>Calibration {calibration_id} is approved and never edited; the agreement had to be recorded before approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="397" />
        <source>An agreed interval of {value} months is not plausible; say 1 to {most} months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="401" />
        <source>'{condition}' is not a condition; say one of: {conditions}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="405" />
        <source>the row at {nominal} {unit} reads {reference}, {indication}, {error}, U = {u} {unit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="409" />
        <source>Genuine: {number} revision {revision}, issued on {issued_on} by {signatory}, is the current revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="414" />
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="418" />
        <source>This is not the QR text of a CalDesk certificate ({prefix}|number|revision|64 hex digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="423" />
        <source>Not genuine: {number} revision {revision} exists, but its content hash is {stored_hash}, not {given_hash}: this copy does not say what was issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="428" />
        <source>Not genuine: the stored record of {number} revision {revision} no longer matches the hash it was issued with; the database was altered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="433" />
        <source>{number} revision {revision} was genuinely issued, but it is superseded by revision {later}, issued on {issued_on} (reason: {reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="438" />
        <source>Not genuine: {file} carries no CalDesk certificate QR text ({prefix}|…) in its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="442" />
        <source>Not genuine: the certificate in the database says {difference}; {file} says otherwise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="446" />
        <source>the number is {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="450" />
        <source>the customer is {customer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="454" />
        <source>the item is {lab_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="458" />
        <source>the serial number is {serial}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="462" />
        <source>the reference value is {value} {unit} at {nominal} {unit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="466" />
        <source>the indication is {value} {unit} at {nominal} {unit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="470" />
        <source>the error is {value} {unit} at {nominal} {unit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="474" />
        <source>U = {value} {unit} at {nominal} {unit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="478" />
        <source>Not genuine: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="482" />
        <source>There is no file {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="486" />
        <source>{path} cannot be read as a PDF ({why}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="490" />
        <source>Calibration {calibration_id} is {state}, not a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="494" />
        <source>The serial number '{serial}' of this model is already on line {line}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="498" />
        <source>The asset tag '{tag}' is already on line {line}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="502" />
        <source>This row repeats line {line}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="506" />
        <source>The row has no device name ('{column}').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="510" />
        <source>No column holds the device name: choose it in the column mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="514" />
        <source>column {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="518" />
        <source>No header row was found in the first {rows} rows of '{file}': CalDesk looks for column titles such as 'Tên thiết bị' / 'Device name', 'Hãng sản xuất' / 'Manufacturer', 'Model', 'Số sê-ri' / 'Serial', 'Phạm vi đo' / 'Range' and 'Ngày hiệu chuẩn' / 'Calibration date'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="525" />
        <source>The range's minimum is above its maximum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="529" />
        <source>The range '{text}' is in '{range_unit}' but the unit column says '{unit}', which measures something else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="534" />
        <source>The resolution '{text}' is not in a unit of the range ('{unit}').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="538" />
        <source>'{text}' is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="542" />
        <source>'{text}' is not a unit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="546" />
        <source>CalDesk does not know the unit '{unit}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="550" />
        <source>The workbook '{file}' has no sheet with any filled cell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="554" />
        <source>The file '{file}' is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="558" />
        <source>The file '{file}' is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="563" />
        <source>The file '{file}' is named like an Excel workbook but is not one (it may be damaged or only partly copied).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="568" />
        <source>The file '{file}' is not a text device list (it holds binary data); export the list as CSV or XLSX.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="573" />
        <source>The sheet '{sheet}' of '{file}' has no filled cell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="577" />
        <source>The file '{path}' cannot be opened: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="581" />
        <source>The file '{file}' is not readable text: byte {byte} is not valid {encoding}; save the list again as CSV UTF-8 or XLSX.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="586" />
        <source>The CSV text cannot be read near line {line}: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="590" />
        <source>The file '{file}' is not a workbook CalDesk can read (it may be damaged, password-protected or not an .xlsx file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="595" />
        <source>The workbook '{file}' has no sheet named '{sheet}' (its sheets: {sheets}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="599" />
        <source>The workbook '{file}' has no sheets at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="603" />
        <source>The range '{text}' cannot be read: write it as minimum – maximum and unit, for example '0 – 10 bar'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="608" />
        <source>The range '{text}' names two different units ({units}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="612" />
        <source>The range '{text}' has its minimum above its maximum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="616" />
        <source>The resolution '{text}' is not a number with a unit, like '0.01 V'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="620" />
        <source>The resolution '{text}' must be greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="624" />
        <source>The resolution '{text}' has a unit CalDesk does not know ('{unit}').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="628" />
        <source>The date '{text}' cannot be read: write it as day/month/year, for example 15/03/2024.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="632" />
        <source>The date '{text}' is in the future; a calibration date must be past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="636" />
        <source>The date '{text}' is before {year}; please check the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="640" />
        <source>The calibration interval '{text}' cannot be read: write it in months, for example '12 tháng' or '12 months'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="645" />
        <source>The calibration interval '{text}' must be a whole number of months from 1 to 120.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="649" />
        <source>The range '{text}' has a unit CalDesk does not know ('{unit}').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="653" />
        <source>The ranges in '{text}' mix units of different quantities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="657" />
        <source>The date '{text}' does not exist (day {day} of month {month} in {year}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="661" />
        <source>The import was cancelled; the register is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="665" />
        <source>Line {line} of this file already describes the registered device {lab_id} (same serial number or asset tag).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="670" />
        <source>The serial number matches registered device {by_serial} but the asset tag matches {by_tag}; correct the list or the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="675" />
        <source>{user} may not {permission}: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="679" />
        <source>edit the device register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="683" />
        <source>record calibrations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="687" />
        <source>review calibrations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="691" />
        <source>approve calibrations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="695" />
        <source>issue certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="699" />
        <source>manage users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="703" />
        <source>change lab settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="707" />
        <source>technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="711" />
        <source>reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="715" />
        <source>signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="719" />
        <source>admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="723" />
        <source>no one is logged in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="727" />
        <source>the account is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="731" />
        <source>the role {role} does not include the permission "{permission}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="735" />
        <source>the quantity to be signed for was not named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="739" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="743" />
        <source>{quantity} is outside their signing scope ({scope}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="747" />
        <source>The password is wrong; nothing was signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="751" />
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="755" />
        <source>{path} is not a CalDesk database (not an SQLite file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="759" />
        <source>The database {path} was written by a newer CalDesk (schema {schema}); update CalDesk on this workstation before opening it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="764" />
        <source>the entry is missing (the next one held is #{found}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="768" />
        <source>it does not link to the entry before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="772" />
        <source>its content was changed after it was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="776" />
        <source>The centre already holds audit entry #{entry} of workstation {name} ({workstation}) with different content: one of the two audit trails was rewritten. Nothing was sent; run 'python main.py audit verify' here and 'python main.py upstream verify-audit URL' at the centre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="783" />
        <source>The centre's copy of the audit trail of workstation {name} ({workstation}) is broken at entry #{entry}: {problem} None of its entries from there on were taken; ask the centre to run 'python main.py upstream verify-audit URL'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="789" />
        <source>Workstation code {code} is already used by workstation '{holder}' at the centre: numbers made here could collide with theirs. Nothing was sent; your changes stay on this workstation. This workstation has already made {made} with that code, so its code cannot change. Ask the administrator: if '{holder}' has made no numbers yet, give it a new code there and sync it, which frees this one; if both have, the lab decides which numbers to reissue before this workstation syncs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="798" />
        <source>This workstation's login was added at the centre for workstation code {reserved}, but this workstation's code is {code}. Nothing was sent; your changes stay here. It has already made {made} with {code}, so ask the administrator for a login added for that code (upstream add-workstation NAME --code {code}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="805" />
        <source>Workstation code {code} is already used by workstation '{holder}' at the centre: numbers made here could collide with theirs. Nothing was sent; your changes stay on this workstation. Ask the administrator to give this workstation a code of its own ('python main.py workstation --code NEW --user ADMIN') and sync again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="812" />
        <source>This workstation's login was added at the centre for workstation code {reserved}, but this workstation's code is {code}. Nothing was sent; your changes stay here. Set the code with 'python main.py workstation --code {reserved} --user ADMIN' and sync again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="818" />
        <source>Give the workstation's login name in the address (postgresql://NAME@…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="822" />
        <source>A whole record was set aside, not one field: there is no value to type; keep the record as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="827" />
        <source>The customer '{name}' is registered already; two customers cannot have one name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="831" />
        <source>Nothing was changed: run the command again with --yes to retire this workstation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="835" />
        <source>There is no workstation '{name}' ({login}) at the centre; nothing was changed. The workstations in use there are: {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="840" />
        <source>Changes never pushed from that PC are not at the centre and are lost with it; it last pushed on {pushed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="845" />
        <source>It last pulled from the centre on {pulled}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="849" />
        <source>Workstation '{name}' ({login}) is retired: its login can no longer connect. Its records and audit trail stay at the centre, and its workstation code stays reserved so that no other PC makes the same numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="855" />
        <source>There is no workstation '{name}' ({login}) at the centre, and no workstation login is in use there; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="860" />
        <source>Retiring workstation '{name}' ({login}) revokes its login for good: it can never push or pull again, and the centre's purge stops waiting for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="865" />
        <source>Changes never pushed from that PC are not at the centre and are lost with it; it has never pushed anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="870" />
        <source>It has never pulled from the centre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="874" />
        <source>Workstation '{name}' ({login}) was already retired on {retired}; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="878" />
        <source>The login '{login}' belongs to another workstation; ask the administrator for this workstation's own login (upstream add-workstation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="883" />
        <source>The {field} is worked out from other fields and cannot be typed; settle the fields it is made from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="888" />
        <source>The {field} is a link to another record and cannot be typed; keep the value in the record or take the other one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="893" />
        <source>The {field} cannot be typed; keep the value in the record or take the other one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="897" />
        <source>The {field} must be a date: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="901" />
        <source>The {field} must be a number, such as 0,05 or 1.5; '{text}' is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="905" />
        <source>The {field} must be a whole number, such as 12; '{text}' is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="909" />
        <source>The {field} holds at most {length} characters; the text typed has {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="913" />
        <source>The {field} cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="917" />
        <source>'{url}' is not a database address (postgresql://…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="921" />
        <source>The central database must be PostgreSQL, not '{driver}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="925" />
        <source>Cannot reach the central database at {where} ({reason}). Nothing was lost: your changes stay on this workstation and go up at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="930" />
        <source>The central database at {where} refused the sync ({reason}). Nothing was lost: your changes stay on this workstation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="935" />
        <source>This workstation's CalDesk is older than the central database (schema {head}, the centre has {recorded}): update CalDesk on this workstation before syncing. Your changes stay here until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="941" />
        <source>The central database at {where} no longer lets the login '{login}' in: this workstation was retired there (upstream retire-workstation) or its login was disabled. It cannot sync; changes made here and never pushed are only on this PC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="947" />
        <source>The central database was set up by a newer CalDesk (schema {recorded}, this one has {head}); update CalDesk on this workstation first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="952" />
        <source>The central database still has an older schema ({recorded}, this CalDesk has {head}): run 'python main.py upstream init URL' with this CalDesk first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="957" />
        <source>The central database does not check workstation codes yet: run 'python main.py upstream init URL' with this CalDesk first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="962" />
        <source>The central database has not been set up for CalDesk yet: run 'python main.py upstream init URL' first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="967" />
        <source>The central database's sync bookkeeping is older than this CalDesk: run 'python main.py upstream init URL' with this CalDesk first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="972" />
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="976" />
        <source>The account {name} is locked after {count} wrong passwords; try again after {until} or ask an admin to unlock it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="981" />
        <source>The account {name} is disabled; ask an admin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="985" />
        <source>'{name}' cannot be a user name: use 2 to 32 letters a-z, digits, '.', '_' or '-', starting with a letter (for example chi.ttm).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="990" />
        <source>A password needs at least {count} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="994" />
        <source>Only a signatory has a signing scope.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="998" />
        <source>This database already has users; an admin must add new ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1002" />
        <source>There is already a user named {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1006" />
        <source>An admin cannot disable their own account; ask another admin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1010" />
        <source>The current password is wrong; the password was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1014" />
        <source>There is no user named {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1018" />
        <source>'{role}' is not a role; the roles are {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1022" />
        <source>{title} answered on {url}: {identity}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1026" />
        <source>No answer on {url} within {seconds} s: check the cable, that {title} is switched on and in remote mode, and that its serial settings are {settings}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1031" />
        <source>{error} The serial settings tried: {settings}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1035" />
        <source>Something answered on {url}, but not as expected: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1039" />
        <source>There is no driver called {name!r}; the drivers are {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1043" />
        <source>The {what} must be between {low:g} and {high:g} {unit}, not {number:g}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1047" />
        <source>The {what} must be one of {listed}, not {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1051" />
        <source>{title} answered {command!r} with {reply!r}, which is not a valid reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1055" />
        <source>{title} cannot read {function!r}; it reads {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1059" />
        <source>The 5520A cannot source {amplitude:g} {unit} DC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1063" />
        <source>{title} reported: {listed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1067" />
        <source>The 5520A cannot source {amplitude:g} {unit} at {frequency:g} Hz.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1071" />
        <source>{title} kept its set point at {taken:.2f} °C instead of {value:.2f} °C.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1075" />
        <source>{title} understood the command but cannot execute it (logical error) for {command!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1079" />
        <source>{title} answered with status {status!r} for {command!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1083" />
        <source>{title} did not recognise the command (syntax error) for {command!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1087" />
        <source>{title} received a faulty command (transmission error) for {command!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1091" />
        <source>{title} could not execute it now (busy, or not stable within its time limit) for {command!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1096" />
        <source>{title} rejected its parameter for {command!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1100" />
        <source>{title} is beyond its range (overload) for {command!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1104" />
        <source>{title} is below its range (underload) for {command!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1108" />
        <source>The {function} reading did not become stable (the last {window} readings within {tolerance:g}) within {seconds:g} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1113" />
        <source>The {function} reading did not become stable (the last {window} readings within {tolerance:g} {unit}) within {seconds:g} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1118" />
        <source>The {function} reading went to overload after it settled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1122" />
        <source>The 5520A output of {amplitude:g} {unit} did not settle within {seconds:g} s; the calibrator is in standby.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1127" />
        <source>{name} on {url} did not answer within {seconds:g} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1131" />
        <source>The port {url} could not be opened for {name}: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1135" />
        <source>{name} on {url} sent bytes that are not text ({seen!r}); check the baud rate and the cable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1140" />
        <source>{name} on {url} sent an incomplete line ({seen!r}) without its end within {seconds:g} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1144" />
        <source>{name} on {url} did not accept data within {seconds:g} s (handshake stalled).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1148" />
        <source>The connection to {name} on {url} was lost; check the cable and the power, then connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1153" />
        <source>Input {position} has no 'name'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1157" />
        <source>Input '{name}': give an 'estimate' (or 'observations').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1161" />
        <source>Input '{name}': '{distribution}' is not a distribution CalDesk knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1165" />
        <source>Input '{name}': a {kind} distribution needs its 'half_width'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1169" />
        <source>Input '{name}': 'dof' must be above zero (null means infinite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1173" />
        <source>Input '{name}': '{what}' must be a finite number, not {value!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1177" />
        <source>'coverage_probability' must lie between 0 and 1 (e.g. 0.9545), not {p!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1181" />
        <source>'mcm' must be an object with trials, seed, interval, adaptive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1185" />
        <source>'mcm.trials' must be a whole number of 1 or more, not {trials!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1189" />
        <source>'mcm.seed' must be a whole number of 0 or more, not {seed!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1193" />
        <source>'mcm.interval' must be symmetric or shortest, not {interval!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1197" />
        <source>'{key}' must map output names to numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1201" />
        <source>'output_units' must map output names to units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1205" />
        <source>A budget file must hold one JSON object with 'model' and 'inputs'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1209" />
        <source>The budget has no 'model' text (e.g. "y = a + b").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1213" />
        <source>The budget's 'inputs' must be a list with one entry per input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1217" />
        <source>The model uses {listed}, which are not inputs of the budget: add it to 'inputs' or correct the spelling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1222" />
        <source>'method' must be one of {known}, not {method!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1226" />
        <source>--method must be one of {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1230" />
        <source>--trials must be a whole number of 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1234" />
        <source>Input '{name}': a value is not a number ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1238" />
        <source>Input '{name}': the stated u = {stated} does not match the {kind} half-width {half} (u = {u:.6g}); the half-width was used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1243" />
        <source>Two inputs are named '{name}'; each input needs its own name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1247" />
        <source>Input '{name}': 'correlations' must be {{other_name: r}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1251" />
        <source>correlation with {other}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1255" />
        <source>Units: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1259" />
        <source>The model: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1263" />
        <source>The model uses {listed}, which is not an input of the budget: add it to 'inputs' or correct the spelling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1268" />
        <source>The key '{key}' is not part of a budget and was ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1272" />
        <source>'{first}' and '{second}' are given two different correlations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1276" />
        <source>A guard band cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1280" />
        <source>The guard bands overlap: U is larger than half the tolerance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1284" />
        <source>A TUR needs both tolerance limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1288" />
        <source>A TUR needs an expanded uncertainty above zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1292" />
        <source>The process and measurement standard deviations must be above zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1296" />
        <source>A specification needs at least one limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1300" />
        <source>The lower tolerance limit must be below the upper one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1304" />
        <source>The degrees of freedom must be above zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1308" />
        <source>A result and its uncertainty must be finite numbers to be reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1312" />
        <source>A coverage probability must lie between 0 and 1, not {p!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1316" />
        <source>A curve file must hold {{"fit": {{"x": [...], "y": [...]}}}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1320" />
        <source>The fit has no '{key}' list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1324" />
        <source>The fit: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1328" />
        <source>There are {x} x values but {y} y values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1332" />
        <source>The degree of the curve must be a whole number of 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1336" />
        <source>A degree-{degree} curve needs at least {points} points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1340" />
        <source>All x values are equal: no curve can be fitted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1344" />
        <source>The {what} values must be a list of finite numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1348" />
        <source>{what} is needed when the other axis has an uncertainty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1352" />
        <source>{what} must be one non-negative value or one per point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1356" />
        <source>Every u_y must be above zero for a weighted fit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1360" />
        <source>Each point needs an uncertainty in x or in y above zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1364" />
        <source>The curve is flat at y = {y}; x cannot be read back from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1368" />
        <source>The curve never reaches y = {y}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1372" />
        <source>Uncertainty in x is supported for straight lines only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1376" />
        <source>The {what} values must all be numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1380" />
        <source>The x values do not determine the curve (too few distinct x).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1384" />
        <source>compares in atan2 {other} to {this}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1388" />
        <source>uses {unit} as an exponent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1392" />
        <source>takes {function}() of {unit}, which has a unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1396" />
        <source>subtracts {other} from {this}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1400" />
        <source>adds {other} to {this}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1404" />
        <source>{this} and {other} are added as plain numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1408" />
        <source>raises to a power that has a unit ({unit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1412" />
        <source>raises {unit} to a power that is not a fixed number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1416" />
        <source>The correlation coefficients contradict each other (the matrix is not positive semidefinite): check the signs and sizes of the r values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1421" />
        <source>The model uses {listed}, which are not inputs of the budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1425" />
        <source>Test points are given for {names}, not inputs of the budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1429" />
        <source>Input '{name}' cannot be given a correlation with itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1433" />
        <source>The correlation of '{first}' and '{second}' must lie in [-1, 1].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1437" />
        <source>The model gives no finite value or slope for '{name}' at the estimates (a division by zero, or the log or square root of a negative number?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1442" />
        <source>The model uses {listed}, which is not an input of the budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1446" />
        <source>Output '{output}' comes out as {dimension}, which does not fit its unit '{unit}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1450" />
        <source>Input '{name}': {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1454" />
        <source>The correlation names '{name}', which is not an input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1458" />
        <source>For {name}, {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1462" />
        <source>{name}: U = {U:.3g} is below the laboratory's CMC of {cmc:.3g}; the CMC is stated instead (ILAC-P14 5.4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1467" />
        <source>inputs {members} are correlated; for ν_eff their joint contribution was counted as one component with the smallest of their degrees of freedom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1472" />
        <source>Equation '{output} = {text}' {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1476" />
        <source>Equation '{output} = {text}': {note}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1480" />
        <source>Input '{name}': give a standard uncertainty or an expanded one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1484" />
        <source>Input '{name}': an expanded uncertainty needs its coverage factor k or its coverage probability.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1489" />
        <source>Input '{name}': the coverage factor k must be above zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1493" />
        <source>Input '{name}': the {what} must be a finite number, not {value!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1497" />
        <source>Input '{name}': the half-width must be a number of zero or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1501" />
        <source>estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1505" />
        <source>standard uncertainty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1509" />
        <source>Input '{name}': the standard uncertainty cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1513" />
        <source>Input '{name}': '{distribution}' is not a distribution CalDesk knows ({known}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1517" />
        <source>Input '{name}': the degrees of freedom must be above zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1521" />
        <source>Input '{name}': a Type A evaluation needs at least two observations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1525" />
        <source>Input '{name}': an observation is not a finite number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1529" />
        <source>Input '{name}': the trapezoid's β must lie between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1533" />
        <source>Input '{name}': a t-distribution needs more than 2 degrees of freedom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1537" />
        <source>Input '{name}': a combined input needs at least one component.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1541" />
        <source>Input '{name}': the coverage probability must lie between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1545" />
        <source>The coverage interval must be 'symmetric' or 'shortest', not {interval!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1549" />
        <source>The coverage probability must lie between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1553" />
        <source>The model uses {names}, which the budget does not give.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1557" />
        <source>The Monte Carlo trials gave no usable values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1561" />
        <source>The number of trials must be between 1 and {most:,}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1565" />
        <source>{lost} of {trials:,} trials gave no finite value (a division by zero or the log of a negative number) and were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1570" />
        <source>The adaptive Monte Carlo did not stabilise within the trial limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1574" />
        <source>Correlated inputs that are not normal ({names}) are drawn through a Gaussian copula: their sample correlation is close to, not exactly, the r given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1579" />
        <source>'^' is not a power here: write x**2 for x squared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1583" />
        <source>'//' (integer division) is not allowed: write /</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1587" />
        <source>'{sign}' is not allowed in a model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1591" />
        <source>The model: this is not a valid equation ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1595" />
        <source>Equation {number} (line {line}, column {column}): {what} is not allowed in a model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1599" />
        <source>The model is empty: write it as 'output = expression'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1603" />
        <source>Line {line}, column {column}: this is not a valid equation ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1607" />
        <source>The model: the brackets do not match ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1611" />
        <source>Equation {number} must have the form 'output = expression' (found: {found}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1615" />
        <source>Equation {number}: the left side must be one plain name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1619" />
        <source>Equation {number}: '{output}' is a function or constant, not an output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1623" />
        <source>an attribute ('.')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1627" />
        <source>indexing ('[...]')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1631" />
        <source>a comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1635" />
        <source>a lambda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1639" />
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1643" />
        <source>a tuple (a stray comma?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1647" />
        <source>a dictionary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1651" />
        <source>Equation {number} (line {line}, column {column}): only numbers may appear, not {value!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1655" />
        <source>Equation {number} (line {line}, column {column}): '{name}' is a function; call it as {name}(x).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1660" />
        <source>Equation {number} (line {line}, column {column}): '{name}' is not an allowed name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1664" />
        <source>Equation {number} (line {line}, column {column}): {refusal}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1668" />
        <source>Equation {number} (line {line}, column {column}): this operator is not allowed in a model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1673" />
        <source>Equation {number} (line {line}, column {column}): '{shown}' is not one of the functions a model may use ({allowed}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1678" />
        <source>Equation {number} (line {line}, column {column}): '{name}' takes no named arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1682" />
        <source>Equation {number} (line {line}, column {column}): '{name}' takes {arity} argument(s), not {given}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1687" />
        <source>No value was given for the input(s) {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1691" />
        <source>Line {line}, column {column}: the brackets do not match ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1695" />
        <source>'{output}' is given a value twice or used before its own equation; each output must be defined once, before it is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1700" />
        <source>No unit was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1704" />
        <source>'{unit}' measures {got}, not {wanted} like '{expected}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/lab_sentences.py" line="1708" />
        <source>'{unit}' is not a unit CalDesk knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="43" />
        <source>Input '{name}': the value '{text}' is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="44" />
        <source>Input '{name}': the u or half-width '{text}' is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="47" />
        <source>Input '{name}': the ν '{text}' is not a number.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>