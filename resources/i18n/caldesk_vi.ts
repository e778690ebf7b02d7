<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AuditTrailView</name>
    <message>
        <location filename="../../ui/history.py" line="118"/>
        <source>Search the audit trail: a person, a record, a value, a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="121"/>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="126"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="127"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="128"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="129"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="130"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="131"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="132"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="158"/>
        <source>Showing the newest %1 entries; narrow the search to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="161"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributionBars</name>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="51"/>
        <source>No budget yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPane</name>
    <message>
        <location filename="../../ui/panes/devices.py" line="59"/>
        <source>The register is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="62"/>
        <source>Start with the demo lab to look around, or import the device list a customer sent (Excel or CSV, Vietnamese or English headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="67"/>
        <source>Load the demo lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="69"/>
        <source>Import a device list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="100"/>
        <source>Search name, serial, model, asset tag, lab ID… (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="110"/>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="111"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="112"/>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="117"/>
        <source>Import device list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="146"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="149"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="159"/>
        <source>Lab ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="160"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="161"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="162"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="163"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="164"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="165"/>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="166"/>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="167"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="168"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="169"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="170"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="171"/>
        <source>Last calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="172"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="173"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="174"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/devices.py" line="194"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/devices.py" line="215"/>
        <source>%n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/devices.py" line="224"/>
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/login.py" line="131"/>
        <source>CalDesk — first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="134"/>
        <source>This database has no users yet. Create the lab&apos;s first admin: the admin adds the technicians, reviewers and signatories afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="147"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="148"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="149"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="150"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="152"/>
        <source>Create admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="164"/>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="55"/>
        <source>Import a device list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="67"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="75"/>
        <source>Columns: check what each column of the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="78"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="78"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="78"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="89"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="89"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="89"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="89"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="106"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="113"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="119"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="127"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="129"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132"/>
        <location filename="../../ui/import_dialog.py" line="390"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="134"/>
        <source>Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>Device list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="158"/>
        <source>Device lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="185"/>
        <source>Header found on line %1 (%2). Check the columns, then Check or Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="202"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="240"/>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="241"/>
        <source>Kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="242"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="243"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="244"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="245"/>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="246"/>
        <source>Range (min–max unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="247"/>
        <source>Range minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="248"/>
        <source>Range maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="249"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="250"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="251"/>
        <source>Accuracy / class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="252"/>
        <source>Calibration interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="253"/>
        <source>Last calibration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="254"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="255"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="320"/>
        <source>The import failed and the register is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="331"/>
        <source>Import cancelled; the register is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="336"/>
        <source>Check: %1 new, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="339"/>
        <source>Imported %1, updated %2, unchanged %3, rejected %4. Work order %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="343"/>
        <source>Nothing changed: this file was already taken in as %5 (%1 new, %2 updated, %3 unchanged, %4 rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="365"/>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="367"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="375"/>
        <source>Rejected rows saved to %1: fix them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="390"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="403"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputsTable</name>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="32"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="33"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="34"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="35"/>
        <source>u or half-width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="36"/>
        <source>ν (blank = ∞)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="37"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_inputs.py" line="115"/>
        <source>Kept as in the budget file; edit the file to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentsPane</name>
    <message>
        <location filename="../../ui/panes/instruments.py" line="159"/>
        <location filename="../../ui/panes/instruments.py" line="317"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="160"/>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="161"/>
        <location filename="../../ui/panes/instruments.py" line="320"/>
        <source>Start readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="163"/>
        <location filename="../../ui/panes/instruments.py" line="251"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="167"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="168"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="169"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="170"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="189"/>
        <source>%1 (simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="217"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="228"/>
        <source>Stopping after the reading in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="234"/>
        <source>Reading %1 live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="287"/>
        <source>Connected to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="299"/>
        <source>Readings stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="317"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="320"/>
        <source>Stop readings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="66"/>
        <source>CalDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="70"/>
        <source>Locked after %1 idle minutes. %2 (%3), type your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="81"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="101"/>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInDialog</name>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <source>CalDesk — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="74"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75"/>
        <location filename="../../ui/login.py" line="96"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="77"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="86"/>
        <source>Demo lab: its users and passwords. Click one to fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="96"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="96"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="105"/>
        <source>Demo lab only: click a user to fill in the log-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Import device list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>demo lab (simulated instruments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Database: %1 · workstation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McmHistogram</name>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="108"/>
        <source>Run Monte Carlo to see the distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="177"/>
        <source>symmetric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="177"/>
        <source>shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty_charts.py" line="179"/>
        <source>GUM y ± U</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/panes/__init__.py" line="27"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="30"/>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="35"/>
        <source>Calibrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="37"/>
        <source>Guided calibration runs and their review are not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="43"/>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="45"/>
        <source>The inventory of the lab&apos;s reference standards is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="51"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="53"/>
        <source>Issuing and printing ISO/IEC 17025 certificates is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="59"/>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="64"/>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="67"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/__init__.py" line="70"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPlot</name>
    <message>
        <location filename="../../ui/panes/instruments.py" line="78"/>
        <source>No readings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instruments.py" line="85"/>
        <source>overload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <location filename="../../ui/history.py" line="78"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="81"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="82"/>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="83"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../ui/signing.py" line="51"/>
        <source>Sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="58"/>
        <source>Content fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="64"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="65"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="67"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing.py" line="102"/>
        <source>The password is wrong; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncertaintyPane</name>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="71"/>
        <source>output = expression, e.g. P = V*I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="83"/>
        <source>Evaluate (GUM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="84"/>
        <source>Run Monte Carlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="87"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="88"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="107"/>
        <source>Coverage probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="108"/>
        <source>Monte Carlo trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="109"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="110"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="120"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="122"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="129"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="159"/>
        <source>Model OK: outputs %1; inputs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="211"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="215"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="224"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="226"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="230"/>
        <source>Open budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="235"/>
        <source>Save budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="356"/>
        <source>%1: %2 trials, mean %3, u %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="373"/>
        <source>Monte Carlo finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="380"/>
        <source>Monte Carlo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/uncertainty.py" line="387"/>
        <source>Monte Carlo cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrdersPane</name>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="26"/>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="27"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="28"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="29"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="30"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="31"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="32"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="33"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="34"/>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="37"/>
        <source>Lab ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="37"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="37"/>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="39"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/work_orders.py" line="45"/>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
