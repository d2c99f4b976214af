<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models/agenda.py" line="38"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="39"/>
        <source>Min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="40"/>
        <source>Pinned start</source>
        <translation>고정 시작</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="41"/>
        <source>Content</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="42"/>
        <source>Remarks</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="43"/>
        <source>Interpretation</source>
        <translation>통역</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="44"/>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="262"/>
        <source>No English text yet</source>
        <translation>아직 영문이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="263"/>
        <source>No Korean text yet</source>
        <translation>아직 국문이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="265"/>
        <source>As the session</source>
        <translation>세션과 같음</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="334"/>
        <source>&quot;{0}&quot; is not a whole number of minutes: a row lasts 1 to {1} minutes.</source>
        <translation>&quot;{0}&quot;은(는) 분 단위의 정수가 아닙니다. 한 행의 소요 시간은 1~{1}분입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="340"/>
        <source>A row lasts at least one minute and at most {0} (a day), not {1}.</source>
        <translation>한 행의 소요 시간은 최소 1분, 최대 {0}분(하루)입니다. {1}분은 입력할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="374"/>
        <source>Languages are codes like ko, en, fr.</source>
        <translation>언어는 ko, en, fr 같은 코드로 입력합니다.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backups_dialog.py" line="18"/>
        <source>on opening</source>
        <translation>열 때</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="19"/>
        <source>while editing</source>
        <translation>편집 중</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="20"/>
        <source>on closing</source>
        <translation>닫을 때</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="21"/>
        <source>before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="44"/>
        <source>Backups of {0}</source>
        <translation>{0}의 백업</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="52"/>
        <source>Taken</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="52"/>
        <source>Why</source>
        <translation>계기</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="52"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="53"/>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="61"/>
        <source>good</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="61"/>
        <source>damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="71"/>
        <source>No backups yet: one is taken each time the event is opened for editing.</source>
        <translation>아직 백업이 없습니다. 행사를 편집하려고 열 때마다 하나씩 만들어집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="75"/>
        <source>Kept in {0}</source>
        <translation>보관 위치: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="85"/>
        <source>&amp;Keep the last</source>
        <translation>최근 백업 보관 개수(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="90"/>
        <source>backups (older ones go at the next backup)</source>
        <translation>개 (오래된 것은 다음 백업 때 지워짐)</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="93"/>
        <source>&amp;Open read-only copy</source>
        <translation>읽기 전용 사본 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="95"/>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <location filename="../../ui/timeline/widget.py" line="233"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>축소 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="234"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>확대 (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="232"/>
        <source>Day</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="64"/>
        <source>Simultaneous</source>
        <translation>동시통역</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="65"/>
        <source>Consecutive</source>
        <translation>순차통역</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="66"/>
        <source>Whispered</source>
        <translation>근접 통역</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="67"/>
        <source>Sight translation</source>
        <translation>시통역</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="68"/>
        <source>No interpretation</source>
        <translation>통역 없음</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="70"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="71"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="273"/>
        <source>Move session</source>
        <translation>세션 이동</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/widget.py" line="278"/>
        <source>Resize session</source>
        <translation>세션 시간 변경</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../ui/commands.py" line="56"/>
        <source>Change duration to {0} min</source>
        <translation>소요 시간 {0}분으로 변경</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="71"/>
        <source>Unpin start</source>
        <translation>시작 시각 고정 해제</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="72"/>
        <source>Pin start</source>
        <translation>시작 시각 고정</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="85"/>
        <location filename="../../ui/commands.py" line="107"/>
        <source>Edit content</source>
        <translation>내용 수정</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="86"/>
        <source>Edit remarks</source>
        <translation>비고 수정</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="87"/>
        <location filename="../../ui/commands.py" line="106"/>
        <source>Edit details</source>
        <translation>세부 내용 수정</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="88"/>
        <source>Edit notes</source>
        <translation>메모 수정</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="124"/>
        <source>Change row languages</source>
        <translation>행 통역 언어 변경</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="126"/>
        <source>Change row interpretation</source>
        <translation>행 통역 방식 변경</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="143"/>
        <source>Insert row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="144"/>
        <source>Insert marker</source>
        <translation>표시 항목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="168"/>
        <source>Delete row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="185"/>
        <source>Paste {0} rows</source>
        <translation>행 {0}개 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="248"/>
        <source>Add session</source>
        <translation>세션 추가</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="265"/>
        <source>Delete session</source>
        <translation>세션 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="277"/>
        <source>Duplicate session</source>
        <translation>세션 복제</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="295"/>
        <source>Assign interpreter</source>
        <translation>통역사 배정</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="311"/>
        <source>Unassign interpreter</source>
        <translation>통역사 배정 해제</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="358"/>
        <source>Change event settings</source>
        <translation>행사 설정 변경</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="376"/>
        <source>Edit room</source>
        <translation>회의실 수정</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="388"/>
        <source>Add room</source>
        <translation>회의실 추가</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="403"/>
        <source>Delete room</source>
        <translation>회의실 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="416"/>
        <source>Edit interpreter</source>
        <translation>통역사 수정</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="430"/>
        <source>Edit delegation</source>
        <translation>대표단 수정</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="442"/>
        <source>Add delegation</source>
        <translation>대표단 추가</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="458"/>
        <source>Delete delegation</source>
        <translation>대표단 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="472"/>
        <source>Add interpreter</source>
        <translation>통역사 추가</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="490"/>
        <source>Remove interpreter</source>
        <translation>통역사 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="505"/>
        <source>Change availability</source>
        <translation>근무 가능 시간 변경</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="520"/>
        <source>Import {0} rows</source>
        <translation>행 {0}개 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="186"/>
        <source>Move row</source>
        <translation>행 이동</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/event_dialog.py" line="15"/>
        <source>Korean practice</source>
        <translation>국내 통역 관행</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="16"/>
        <source>Simultaneous always with two per booth; consecutive with one up to about four hours.</source>
        <translation>동시통역은 부스당 항상 2명, 순차통역은 약 4시간까지 1명.</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="18"/>
        <source>AIIC</source>
        <translation>AIIC</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="19"/>
        <source>AIIC Professional Standards: two per booth, two for consecutive and for whispering.</source>
        <translation>AIIC 직업 기준: 부스당 2명, 순차통역과 근접 통역도 2명.</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="21"/>
        <source>AIIC Canada</source>
        <translation>AIIC 캐나다</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="22"/>
        <source>AIIC Canada&apos;s team table: one interpreter up to 40 minutes, two up to four hours, three up to six.</source>
        <translation>AIIC 캐나다 인원 기준: 40분까지 1명, 4시간까지 2명, 6시간까지 3명.</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="44"/>
        <source>Event settings</source>
        <translation>행사 설정</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="63"/>
        <source>Title (Korean)</source>
        <translation>제목 (한국어)</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="64"/>
        <source>Title (English)</source>
        <translation>제목 (영어)</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="65"/>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="66"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="67"/>
        <source>Interpretation rules</source>
        <translation>통역 기준</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="69"/>
        <source>Calendars sent to interpreters give their times in this zone.</source>
        <translation>통역사에게 보내는 일정(캘린더)의 시각은 이 시간대를 따릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="93"/>
        <source>Give the event a title.</source>
        <translation>행사 제목을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="95"/>
        <source>Write two or more language codes, such as ko, en.</source>
        <translation>언어 코드를 두 개 이상 쓰세요(예: ko, en).</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="97"/>
        <source>Choose a time zone from the list, such as Asia/Seoul.</source>
        <translation>목록에서 시간대를 고르세요(예: Asia/Seoul).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="25"/>
        <source>Run sheets (PDF, Excel)</source>
        <translation>운영 계획 (PDF, Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="26"/>
        <source>Venue sheet (Excel)</source>
        <translation>회의장 준비표 (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="27"/>
        <source>Interpreter sheets and roster (PDF, Excel)</source>
        <translation>통역사 배정표와 명단 (PDF, Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="28"/>
        <source>Interpreter calendars (.ics)</source>
        <translation>통역사 일정 (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="29"/>
        <source>Event file for other tools (JSON)</source>
        <translation>다른 도구용 행사 파일 (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="43"/>
        <source>Export documents</source>
        <translation>문서 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="61"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="67"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="68"/>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="94"/>
        <source>Texts without English: {0}. The documents print them in Korean, marked [in Korean]; the findings list them by session.</source>
        <translation>영문이 없는 텍스트: {0}개. 문서에는 [in Korean] 표시와 함께 국문으로 인쇄됩니다. 세션별 목록은 점검 결과에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <source>Texts without Korean: {0}. The documents print them in English, marked [영문]; the findings list them by session.</source>
        <translation>국문이 없는 텍스트: {0}개. 문서에는 [영문] 표시와 함께 영문으로 인쇄됩니다. 세션별 목록은 점검 결과에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>Choose at least one document.</source>
        <translation>문서를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="107"/>
        <source>Choose a folder to write to.</source>
        <translation>저장할 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="115"/>
        <source>Export to</source>
        <translation>내보낼 폴더</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/models/findings.py" line="21"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="22"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="23"/>
        <source>Info</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="24"/>
        <source>Severity</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="25"/>
        <source>Finding</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="26"/>
        <source>What to do</source>
        <translation>조치</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="27"/>
        <source>Day</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="28"/>
        <source>Session</source>
        <translation>세션</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="78"/>
        <location filename="../../ui/import_dialog.py" line="163"/>
        <source>Import programme</source>
        <translation>프로그램 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Paste rows copied from a run sheet, Excel or a word processor: time, content and remarks separated by tabs</source>
        <translation>운영 계획, Excel 또는 워드프로세서에서 복사한 행을 붙여넣으세요: 시간, 내용, 비고를 탭으로 구분</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="87"/>
        <source>or choose a .txt, .tsv or .xlsx file</source>
        <translation>또는 .txt, .tsv, .xlsx 파일을 고르세요</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="88"/>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>Which column is which</source>
        <translation>열 지정</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="106"/>
        <source>New session(s)</source>
        <translation>새 세션</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="128"/>
        <source>Import into</source>
        <translation>가져올 곳</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="129"/>
        <source>Day of new sessions</source>
        <translation>새 세션의 일자</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="48"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="96"/>
        <source>Lines not used: {0}</source>
        <translation>쓰이지 않은 줄: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="138"/>
        <source>New session: {0} {1}~{2} {3}</source>
        <translation>새 세션: {0} {1}~{2} {3}</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="146"/>
        <source>{0}: the room {1} will be created (key {2})</source>
        <translation>{0}: 회의실 {1}을(를) 새로 만듭니다 (키 {2})</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="148"/>
        <source>{0}: in the room {1}, created for a session above</source>
        <translation>{0}: 위 세션을 위해 새로 만드는 회의실 {1}에서 열립니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="156"/>
        <source>The overview (participants, delegations) is not imported into an existing session: only its rows</source>
        <translation>있는 세션에는 행사 개요(참석자, 대표단)를 가져오지 않습니다: 행만 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="161"/>
        <source>Participants: {0}</source>
        <translation>참석자: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="208"/>
        <source>{0} on site</source>
        <translation>현장 {0}명</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="210"/>
        <source>{0} by video</source>
        <translation>화상 {0}명</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="372"/>
        <location filename="../../ui/import_preview.py" line="49"/>
        <source>Content</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="373"/>
        <location filename="../../ui/import_preview.py" line="50"/>
        <source>Remarks</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="224"/>
        <source>pasted text</source>
        <translation>붙여넣은 텍스트</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>Say which column holds the content and the start time, then the rows appear here.</source>
        <translation>내용과 시작 시각이 있는 열을 지정하면 여기에 행이 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="250"/>
        <source>Paste run-sheet rows or choose a file.</source>
        <translation>운영 계획의 행을 붙여넣거나 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="133"/>
        <source>Rows for the existing session {0}</source>
        <translation>기존 세션 {0}에 넣을 행</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="290"/>
        <source>{0} session(s), {1} row(s)</source>
        <translation>세션 {0}개, 행 {1}개</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="293"/>
        <source>{0} line(s) not used (listed at the end, grey)</source>
        <translation>쓰이지 않은 줄 {0}개 (끝에 회색으로)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="296"/>
        <source>{0} kept as printed although they disagree (amber)</source>
        <translation>{0}개는 서로 맞지 않지만 적힌 대로 둠 (주황)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="313"/>
        <source>{0} line(s) could not be read (red)</source>
        <translation>{0}줄을 읽을 수 없음 (빨강)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="319"/>
        <source>correct the red lines in the source first: an import is all or nothing</source>
        <translation>먼저 원본의 빨간 줄을 고치세요: 가져오기는 모든 행을 한꺼번에 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="315"/>
        <source>the text holds several sessions: import them as new sessions</source>
        <translation>여러 세션이 들어 있습니다: 새 세션으로 가져오세요</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="52"/>
        <source>Programmes (*.txt *.tsv *.xlsx)</source>
        <translation>프로그램 (*.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="122"/>
        <source>Create the rooms named in the source</source>
        <translation>원본에 적힌 회의실 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="124"/>
        <source>Rooms the source names that no room of the event matches become rooms of the event, and the imported sessions take place in them</source>
        <translation>원본에 적힌 회의실 중 행사의 어느 회의실과도 맞지 않는 것을 행사의 회의실로 만들고, 가져온 세션을 그 회의실에 배정합니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="299"/>
        <source>{0} adjusted to the event&apos;s times (amber)</source>
        <translation>{0}개는 행사 시간에 맞춰 조정됨 (주황)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="301"/>
        <source>{0} to check against the event (amber)</source>
        <translation>{0}개는 행사와 대조해 확인 필요 (주황)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="304"/>
        <source>{0} new room(s) will be created (green)</source>
        <translation>회의실 {0}개를 새로 만듦 (초록)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="310"/>
        <source>{0} session(s) on the day the source gives, not the day chosen</source>
        <translation>세션 {0}개는 고른 일자가 아니라 원본에 적힌 일자로 들어감</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="370"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="370"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="370"/>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="371"/>
        <source>Minutes</source>
        <translation>소요 시간(분)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="371"/>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="372"/>
        <source>Room</source>
        <translation>회의실</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="373"/>
        <source>Interpretation</source>
        <translation>통역</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="136"/>
        <source>{0} (from the source)</source>
        <translation>{0} (원본의 일자)</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../ui/interaction.py" line="20"/>
        <source>Agenda Planner events (*.agenda)</source>
        <translation>Agenda Planner 행사 파일 (*.agenda)</translation>
    </message>
    <message>
        <location filename="../../ui/interaction.py" line="86"/>
        <source>Export finished</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <location filename="../../ui/interaction.py" line="87"/>
        <source>{0} files written to {1}</source>
        <translation>{1}에 파일 {0}개를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/interaction.py" line="90"/>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
<context>
    <name>InterpretationDelegate</name>
    <message>
        <location filename="../../ui/agenda_cells.py" line="207"/>
        <source>As the session ({0})</source>
        <translation>세션과 같음 ({0})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window_files.py" line="124"/>
        <source>Open an event, create one, or open the demo.</source>
        <translation>행사 파일을 열거나, 새로 만들거나, 예시 행사를 여세요.</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="65"/>
        <source>No backup could be kept: {0}</source>
        <translation>백업을 남기지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="92"/>
        <source>Restore backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="93"/>
        <source>Replace {0} with its backup of {1}? The file as it is now is kept as a backup first.</source>
        <translation>{0}을(를) {1}의 백업으로 바꿀까요? 지금 파일은 먼저 백업으로 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="106"/>
        <source>Cannot restore</source>
        <translation>복원할 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="112"/>
        <source>Restored the backup of {0}; the file as it was is kept among the backups.</source>
        <translation>{0}의 백업을 복원했습니다. 이전 파일은 백업에 보관되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="124"/>
        <location filename="../../ui/window_files.py" line="43"/>
        <location filename="../../ui/window_files.py" line="51"/>
        <source>Cannot open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="125"/>
        <source>{0}

No good backup of it was found.</source>
        <translation>{0}

이 파일의 정상 백업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="129"/>
        <source>Damaged file</source>
        <translation>손상된 파일</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="130"/>
        <source>{0}

Its newest good backup is from {1}. Restore it? The damaged file is kept among the backups.</source>
        <translation>{0}

가장 최근의 정상 백업은 {1}에 만들어졌습니다. 복원할까요? 손상된 파일은 백업에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="58"/>
        <source>Opened {0}</source>
        <translation>{0} 열림</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="62"/>
        <source>New event</source>
        <translation>새 행사</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="69"/>
        <location filename="../../ui/window_files.py" line="83"/>
        <source>Cannot create</source>
        <translation>만들 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="76"/>
        <source>Save the demo event as</source>
        <translation>예시 행사 저장 위치</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="128"/>
        <source>Open event</source>
        <translation>행사 열기</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="135"/>
        <source>Save a copy as</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="139"/>
        <location filename="../../ui/window_files.py" line="146"/>
        <location filename="../../ui/window_files.py" line="150"/>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="140"/>
        <source>Choose another file name.</source>
        <translation>다른 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="152"/>
        <source>Saved a copy as {0}</source>
        <translation>사본을 {0}(으)로 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>This file is read-only: you can look, print and export, but not change it. Save a copy to edit.</source>
        <translation>읽기 전용 파일입니다: 보기·인쇄·내보내기만 할 수 있습니다. 고치려면 사본을 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Interpreters</source>
        <translation>통역사</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Timeline</source>
        <translation>일정표</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Rooms and interpreters</source>
        <translation>회의실과 통역사</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Findings: {0} errors, {1} warnings, {2} notes</source>
        <translation>점검 결과: 오류 {0}, 경고 {1}, 참고 {2}</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="106"/>
        <source> [read-only]</source>
        <translation> [읽기 전용]</translation>
    </message>
    <message>
        <location filename="../../ui/window_files.py" line="121"/>
        <source>No event is open.

File ▸ New event, Open… or Open the demo.</source>
        <translation>열린 행사가 없습니다.

파일 ▸ 새 행사, 열기… 또는 예시 행사 열기.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>This is a backup of {0}, open read-only: you can look, print and export. File ▸ Backups can restore it.</source>
        <translation>{0}의 백업을 읽기 전용으로 열었습니다. 보기, 인쇄, 내보내기만 할 수 있습니다. 파일 ▸ 백업에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>A crash left its last edit unfinished, and it cannot be repaired where it is: you see it as of the edit before.</source>
        <translation>비정상 종료로 마지막 편집이 끝나지 않았고, 이 위치에서는 복구할 수 없습니다. 그 직전 편집까지의 내용을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>&amp;New event…</source>
        <translation>새 행사(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Open the &amp;demo event…</source>
        <translation>예시 행사 열기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Save a copy &amp;as…</source>
        <translation>사본 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>&amp;Backups…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Event se&amp;ttings…</source>
        <translation>행사 설정(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>&amp;Insert row</source>
        <translation>행 추가(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>Insert &amp;marker</source>
        <translation>표시 항목 추가(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>&amp;Delete row</source>
        <translation>행 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;Pin or unpin start</source>
        <translation>시작 시각 고정/해제(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>&amp;Export documents…</source>
        <translation>문서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;Import programme…</source>
        <translation>프로그램 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Pre&amp;view run sheet</source>
        <translation>운영 계획 미리보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>P&amp;aste rows</source>
        <translation>행 붙여넣기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>I&amp;ndent row</source>
        <translation>하위 행으로(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>&amp;Outdent row</source>
        <translation>상위 행으로(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Move row &amp;up</source>
        <translation>행 위로(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Move row do&amp;wn</source>
        <translation>행 아래로(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>&amp;Add session</source>
        <translation>세션 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>D&amp;uplicate session</source>
        <translation>세션 복제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>De&amp;lete session</source>
        <translation>세션 삭제(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <location filename="../../ui/main_window.py" line="486"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Open &amp;recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>&amp;Session</source>
        <translation>세션(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Agenda</source>
        <translation>세부 일정(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/window_exchange.py" line="54"/>
        <source>Imported {0} rows</source>
        <translation>{0}개 행을 가져왔습니다</translation>
    </message>
    <message>
        <location filename="../../ui/window_exchange.py" line="56"/>
        <source>; rooms created: {0}</source>
        <translation> (회의실 {0}개 생성)</translation>
    </message>
    <message>
        <location filename="../../ui/window_exchange.py" line="60"/>
        <source>Imported, with notes</source>
        <translation>가져왔습니다 (참고 사항 있음)</translation>
    </message>
    <message>
        <location filename="../../ui/window_exchange.py" line="90"/>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/window_exchange.py" line="107"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/window_exchange.py" line="121"/>
        <source>Wrote {0} files to {1}</source>
        <translation>{1}에 파일 {0}개를 썼습니다</translation>
    </message>
    <message>
        <location filename="../../ui/window_exchange.py" line="130"/>
        <source>Something went wrong while writing the documents: {0}</source>
        <translation>문서를 쓰는 중에 문제가 생겼습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/window_exchange.py" line="132"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../ui/window_panels.py" line="99"/>
        <source>&amp;Programme panel</source>
        <translation>프로그램 창(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/window_panels.py" line="100"/>
        <source>&amp;Findings panel</source>
        <translation>점검 결과 창(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window_panels.py" line="101"/>
        <source>&amp;Rooms and interpreters panel</source>
        <translation>회의실과 통역사 창(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window_panels.py" line="157"/>
        <source>Choose a finding to read it whole here.</source>
        <translation>점검 결과를 고르면 여기에서 전체 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/window_printing.py" line="52"/>
        <source>Preparing the document…</source>
        <translation>문서를 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/window_printing.py" line="78"/>
        <source>Printing cancelled</source>
        <translation>인쇄를 취소했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/window_printing.py" line="90"/>
        <source>Printing…</source>
        <translation>인쇄하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/window_printing.py" line="100"/>
        <source>Printing cancelled after {0} pages</source>
        <translation>{0}쪽을 인쇄한 뒤 인쇄를 취소했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/window_printing.py" line="102"/>
        <source>Printed 1 page</source>
        <translation>1쪽을 인쇄했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/window_printing.py" line="104"/>
        <source>Printed {0} pages</source>
        <translation>{0}쪽을 인쇄했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/window_printing.py" line="109"/>
        <source>Cannot print</source>
        <translation>인쇄할 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/window_printing.py" line="109"/>
        <source>The printer could not print: {0}</source>
        <translation>프린터가 인쇄하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/window_printing.py" line="116"/>
        <source>Printing page {0} of {1}…</source>
        <translation>{1}쪽 중 {0}쪽 인쇄 중…</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../ui/models/navigator.py" line="89"/>
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
</context>
<context>
    <name>NoSessionsHint</name>
    <message>
        <location filename="../../ui/no_sessions.py" line="17"/>
        <source>No sessions yet</source>
        <translation>아직 세션이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/no_sessions.py" line="51"/>
        <source>Add session</source>
        <translation>세션 추가</translation>
    </message>
    <message>
        <location filename="../../ui/no_sessions.py" line="59"/>
        <source>Add the first session here, or with Session ▸ Add session ({0}).</source>
        <translation>여기서 첫 세션을 추가하세요. 메뉴의 세션 ▸ 세션 추가({0})로도 됩니다.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="39"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="43"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="59"/>
        <source>(no session shown)</source>
        <translation>(표시된 세션 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="60"/>
        <source>The whole &amp;run sheet</source>
        <translation>운영 계획 전체(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="61"/>
        <source>The run sheet of one &amp;day:</source>
        <translation>하루의 운영 계획(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="62"/>
        <source>The run sheet of this &amp;session:</source>
        <translation>이 세션의 운영 계획(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="63"/>
        <source>An &amp;interpreter&apos;s sheet:</source>
        <translation>통역사 배정표(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="90"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="93"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/models/records.py" line="50"/>
        <source>Name (Korean)</source>
        <translation>이름 (한국어)</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="51"/>
        <source>Name (English)</source>
        <translation>이름 (영어)</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="63"/>
        <source>Type a whole number, 0 or more.</source>
        <translation>0 이상의 정수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="77"/>
        <source>Not understood: {0}</source>
        <translation>알 수 없는 값: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="85"/>
        <source>simultaneous</source>
        <translation>동시</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="86"/>
        <source>consecutive</source>
        <translation>순차</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="87"/>
        <source>whispered</source>
        <translation>근접</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="88"/>
        <source>sight</source>
        <translation>시통역</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="89"/>
        <source>remote simultaneous</source>
        <translation>원격 동시</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="113"/>
        <source>Not a mode: {0}. Write simultaneous, consecutive, whispered or sight (동시, 순차, 근접, 시역), or tick them in the list.</source>
        <translation>통역 방식이 아닙니다: {0}. 동시, 순차, 근접, 시역(또는 simultaneous, consecutive, whispered, sight)으로 쓰거나 목록에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="122"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="127"/>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="129"/>
        <source>Capacity</source>
        <translation>수용 인원</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="130"/>
        <source>Booths</source>
        <translation>통역부스</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="131"/>
        <source>Video link</source>
        <translation>화상 연결</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="138"/>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="139"/>
        <source>Directions</source>
        <translation>통역 방향</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="119"/>
        <source>Modes</source>
        <translation>통역 방식</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="143"/>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="165"/>
        <source>Write each stretch as 2026-07-01 08:00-18:00: {0}</source>
        <translation>시간대는 2026-07-01 08:00-18:00처럼 적습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="169"/>
        <source>A stretch ends after it starts: {0}</source>
        <translation>끝나는 시각이 시작 시각보다 늦어야 합니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="174"/>
        <source>Availability</source>
        <translation>근무 가능 시간</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="180"/>
        <source>Side (Korean)</source>
        <translation>측 (한국어)</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="181"/>
        <source>Side (English)</source>
        <translation>측 (영어)</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="182"/>
        <source>On site</source>
        <translation>현장 인원</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="183"/>
        <source>By video</source>
        <translation>화상 참여</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="184"/>
        <source>Members (Korean)</source>
        <translation>구성 (한국어)</translation>
    </message>
    <message>
        <location filename="../../ui/models/records.py" line="185"/>
        <source>Members (English)</source>
        <translation>구성 (영어)</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../ui/refusals.py" line="15"/>
        <source>A row lasts at least one minute, not {minutes}.</source>
        <translation>행은 1분 이상이어야 합니다({minutes}분은 안 됨).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="16"/>
        <source>A block lasts as long as its rows and a marker has no length; change the rows instead.</source>
        <translation>블록의 길이는 하위 행의 합이고 표시 항목에는 길이가 없습니다. 하위 행을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="19"/>
        <source>A marker is a point in time and has no length.</source>
        <translation>표시 항목은 한 시점이라 길이가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="21"/>
        <source>A start is a time of day between 00:00 and 23:59.</source>
        <translation>시작 시각은 00:00부터 23:59 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="23"/>
        <source>The session cannot move there: the row pinned at {start} would leave the day.</source>
        <translation>세션을 그곳으로 옮길 수 없습니다. {start}에 고정된 행이 하루를 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="25"/>
        <source>This row no longer exists.</source>
        <translation>이 행은 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="26"/>
        <source>A row has no text called &apos;{field}&apos;.</source>
        <translation>행에 &apos;{field}&apos; 텍스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="27"/>
        <source>A row stays in its own session.</source>
        <translation>행은 다른 세션으로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="28"/>
        <source>A marker is a point in time; rows cannot go under it.</source>
        <translation>표시 항목은 한 시점이라 그 아래에 행을 둘 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="30"/>
        <source>A row cannot go inside itself.</source>
        <translation>행을 자기 자신 안에 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="31"/>
        <source>The saved rows of this session do not form a tree.</source>
        <translation>이 세션에 저장된 행들의 계층 구조가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="33"/>
        <source>This session no longer exists.</source>
        <translation>이 세션은 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="34"/>
        <source>A session has no field called &apos;{field}&apos;.</source>
        <translation>세션에 &apos;{field}&apos; 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="35"/>
        <source>A session ends after it starts, within the day.</source>
        <translation>세션은 같은 날 안에서 시작 후에 끝나야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="37"/>
        <source>A session ends after it starts: {end} is not after {start}.</source>
        <translation>세션은 시작한 뒤에 끝납니다. {end}은(는) {start} 뒤가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="39"/>
        <source>A session with the key &apos;{key}&apos; exists already.</source>
        <translation>키가 &apos;{key}&apos;인 세션이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="41"/>
        <source>That room no longer exists.</source>
        <translation>그 회의실은 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="42"/>
        <source>A room with the key &apos;{key}&apos; exists already.</source>
        <translation>키가 &apos;{key}&apos;인 회의실이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="43"/>
        <source>{count} session(s) use this room; move them first.</source>
        <translation>이 회의실을 쓰는 세션이 {count}개 있습니다. 먼저 세션을 옮기세요.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="45"/>
        <source>That interpreter no longer exists.</source>
        <translation>그 통역사는 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="46"/>
        <source>An interpreter with the key &apos;{key}&apos; exists already.</source>
        <translation>키가 &apos;{key}&apos;인 통역사가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="48"/>
        <source>This interpreter is assigned; unassign them first.</source>
        <translation>이 통역사는 배정되어 있습니다. 먼저 배정을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="50"/>
        <source>An availability stretch ends after it starts, within the day.</source>
        <translation>가능 시간은 같은 날 안에서 시작 후에 끝나야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="52"/>
        <source>That delegation no longer exists.</source>
        <translation>그 대표단은 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="53"/>
        <source>That assignment no longer exists.</source>
        <translation>그 배정은 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="54"/>
        <source>&apos;{role}&apos; is not a role (booth, consecutive, whisper, relay, sight).</source>
        <translation>&apos;{role}&apos;은(는) 역할이 아닙니다(booth, consecutive, whisper, relay, sight 중 하나).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="56"/>
        <source>That row is not in this session.</source>
        <translation>그 행은 이 세션에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="57"/>
        <source>This interpreter already has that role here.</source>
        <translation>이 통역사는 여기서 이미 그 역할을 맡고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="58"/>
        <source>There is no field called &apos;{field}&apos;.</source>
        <translation>&apos;{field}&apos; 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="59"/>
        <source>{field} is a whole number, 0 or more.</source>
        <translation>{field}은(는) 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="60"/>
        <source>An event has a title in at least one language.</source>
        <translation>행사 제목은 한 언어 이상으로 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="61"/>
        <source>An event works in two or more languages, written as codes such as ko, en.</source>
        <translation>행사 언어는 두 개 이상이며 ko, en 같은 코드로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="63"/>
        <source>&apos;{zone}&apos; is not a time zone; write one such as Asia/Seoul.</source>
        <translation>&apos;{zone}&apos;은(는) 시간대가 아닙니다. Asia/Seoul처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="65"/>
        <source>The planning rules cannot take that policy ({problem}).</source>
        <translation>계획 기준으로 쓸 수 없는 정책입니다 ({problem}).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="70"/>
        <source>&quot;{text}&quot; is not a time of day: type it as 11:30, 1130 or 9:05.</source>
        <translation>&quot;{text}&quot;은(는) 하루 중의 시각이 아닙니다. 11:30, 1130, 9:05처럼 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="75"/>
        <source>{path}: cannot be written: the disk is full (or the disk quota is used up). Free some space and try again.</source>
        <translation>{path}: 쓸 수 없습니다. 디스크가 가득 찼습니다(또는 디스크 할당량을 다 썼습니다). 공간을 비운 뒤 다시 해 보십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="78"/>
        <source>{path}: cannot be read or written: the disk reported an input/output error. Check the drive, or copy the file to another one.</source>
        <translation>{path}: 읽거나 쓸 수 없습니다. 디스크가 입출력 오류를 알렸습니다. 드라이브를 점검하거나 파일을 다른 드라이브로 복사하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="81"/>
        <source>{path}: is damaged ({detail}). Open a backup copy.</source>
        <translation>{path}: 파일이 손상되었습니다({detail}). 백업 사본을 여십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="82"/>
        <source>{path}: is damaged: a stored text is not valid JSON. Open a backup copy.</source>
        <translation>{path}: 파일이 손상되었습니다. 저장된 텍스트가 올바른 JSON이 아닙니다. 백업 사본을 여십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="84"/>
        <source>{path}: is damaged: a stored text is not valid UTF-8. Open a backup copy.</source>
        <translation>{path}: 파일이 손상되었습니다. 저장된 텍스트가 올바른 UTF-8이 아닙니다. 백업 사본을 여십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="86"/>
        <source>{path}: is damaged: a stored value is not of its kind ({detail}). Open a backup copy.</source>
        <translation>{path}: 파일이 손상되었습니다. 저장된 값이 올바른 종류가 아닙니다({detail}). 백업 사본을 여십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="89"/>
        <source>{path}: cannot store a number that large.</source>
        <translation>{path}: 그렇게 큰 수는 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="91"/>
        <source>{path}: cannot be written: it is on a read-only drive.</source>
        <translation>{path}: 쓸 수 없습니다. 읽기 전용 드라이브에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="93"/>
        <source>{path}: cannot be written: permission denied (it may be open in another program, locked, marked unchangeable, or someone else&apos;s).</source>
        <translation>{path}: 쓸 수 없습니다. 권한이 없습니다(다른 프로그램에서 열려 있거나, 잠겨 있거나, 변경 불가로 표시되었거나, 다른 사람의 것일 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="96"/>
        <source>{path}: cannot be written: the file or its folder is read-only.</source>
        <translation>{path}: 쓸 수 없습니다. 파일이나 그 폴더가 읽기 전용입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="98"/>
        <source>{path}: cannot be opened or created (its folder may be read-only or missing).</source>
        <translation>{path}: 열거나 만들 수 없습니다(폴더가 읽기 전용이거나 없을 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="101"/>
        <source>{path}: cannot be written: part of the path is a file, not a folder.</source>
        <translation>{path}: 쓸 수 없습니다. 경로의 일부가 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="103"/>
        <source>{path}: is a file, not a folder.</source>
        <translation>{path}: 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="104"/>
        <source>{path}: is a folder, not a file.</source>
        <translation>{path}: 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="105"/>
        <source>{path}: cannot be written: the folder does not exist.</source>
        <translation>{path}: 쓸 수 없습니다. 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="107"/>
        <source>{path}: cannot be written: the name is too long.</source>
        <translation>{path}: 쓸 수 없습니다. 이름이 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="108"/>
        <source>{path}: is marked read-only. Make it writable first, or choose another name.</source>
        <translation>{path}: 읽기 전용으로 표시되어 있습니다. 먼저 쓰기 가능하게 바꾸거나 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="110"/>
        <source>{path}: is in use by another Agenda Planner window or program. Close it there first.</source>
        <translation>{path}: 다른 Agenda Planner 창이나 프로그램에서 사용 중입니다. 먼저 그곳에서 닫으십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="113"/>
        <source>{path}: cannot be written ({detail}).</source>
        <translation>{path}: 쓸 수 없습니다({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="114"/>
        <source>{path}: cannot be used (the database said: {detail}).</source>
        <translation>{path}: 사용할 수 없습니다(데이터베이스 메시지: {detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="121"/>
        <source>Capacity</source>
        <translation>수용 인원</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="122"/>
        <source>Booths</source>
        <translation>통역부스</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="123"/>
        <source>On site</source>
        <translation>현장 인원</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="124"/>
        <source>By video</source>
        <translation>화상 참여</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../ui/session_editor.py" line="217"/>
        <source>Closed (비공개)</source>
        <translation>비공개</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="209"/>
        <source>Title (Korean)</source>
        <translation>제목 (한국어)</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="209"/>
        <source>Title (English)</source>
        <translation>제목 (영어)</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="210"/>
        <source>from</source>
        <translation>부터</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="210"/>
        <source>to</source>
        <translation>까지</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="210"/>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="211"/>
        <source>Room</source>
        <translation>회의실</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="212"/>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="211"/>
        <source>Interpretation</source>
        <translation>통역</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="305"/>
        <source>One point per line</source>
        <translation>한 줄에 한 항목</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="212"/>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="214"/>
        <source>Key points</source>
        <translation>주요 내용</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="214"/>
        <source>Moderator</source>
        <translation>사회</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="219"/>
        <source>Add delegation</source>
        <translation>대표단 추가</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="220"/>
        <source>Remove delegation</source>
        <translation>대표단 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="221"/>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="265"/>
        <source>Choose a session in the programme</source>
        <translation>프로그램에서 세션을 고르세요</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="225"/>
        <location filename="../../ui/session_editor.py" line="286"/>
        <source>(no room)</source>
        <translation>(회의실 미정)</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="213"/>
        <source>Participants</source>
        <translation>참석자</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="222"/>
        <source>Purpose and participants</source>
        <translation>목적·참석자</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="223"/>
        <source>Delegations</source>
        <translation>대표단</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="355"/>
        <source>Rename session</source>
        <translation>세션 이름 변경</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="381"/>
        <source>Change session time</source>
        <translation>세션 시간 변경</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="400"/>
        <source>Change room</source>
        <translation>회의실 변경</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="406"/>
        <source>Mark closed</source>
        <translation>비공개로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="407"/>
        <source>Mark open</source>
        <translation>공개로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="417"/>
        <location filename="../../ui/session_editor.py" line="431"/>
        <source>Change interpretation</source>
        <translation>통역 방식 변경</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="425"/>
        <source>Languages are codes like ko, en, fr.</source>
        <translation>언어는 ko, en, fr 같은 코드로 입력합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="442"/>
        <source>Edit purpose</source>
        <translation>목적 수정</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="443"/>
        <source>Edit participants</source>
        <translation>참석자 수정</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="444"/>
        <source>Edit key points</source>
        <translation>주요 내용 수정</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="445"/>
        <source>Edit moderator</source>
        <translation>사회자 수정</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_rows.py" line="112"/>
        <source>The block &apos;{0}&apos; now lasts {2} min instead of {1}.</source>
        <translation>&apos;{0}&apos; 블록 길이가 {1}분에서 {2}분으로 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_rows.py" line="128"/>
        <source>The first row of a level cannot be indented.</source>
        <translation>같은 단계의 첫 행은 하위로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_rows.py" line="133"/>
        <source>Rows cannot go under a marker.</source>
        <translation>표시 항목 아래에는 행을 둘 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_rows.py" line="137"/>
        <source>Indent row</source>
        <translation>하위 행으로</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_rows.py" line="148"/>
        <source>The row is already at the top level.</source>
        <translation>이미 최상위 행입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_rows.py" line="151"/>
        <source>Outdent row</source>
        <translation>상위 행으로</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_rows.py" line="164"/>
        <source>Move row up</source>
        <translation>행 위로</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_rows.py" line="165"/>
        <source>Move row down</source>
        <translation>행 아래로</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../ui/models/staffing.py" line="56"/>
        <source>can take it</source>
        <translation>가능</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="57"/>
        <source>in the team</source>
        <translation>배정됨</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="58"/>
        <source>not possible</source>
        <translation>불가</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="72"/>
        <location filename="../../ui/models/staffing.py" line="241"/>
        <source>Interpreter</source>
        <translation>통역사</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="74"/>
        <source>Assign</source>
        <translation>배정</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="76"/>
        <source>Directions</source>
        <translation>언어 방향</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="78"/>
        <source>Modes</source>
        <translation>통역 방식</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="79"/>
        <source>Why not · notes</source>
        <translation>불가 사유 · 참고</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="229"/>
        <source>whole session</source>
        <translation>세션 전체</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="243"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="245"/>
        <source>For</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="246"/>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../ui/models/staffing.py" line="314"/>
        <source>the role does not fit the mode</source>
        <translation>역할이 통역 방식과 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <location filename="../../ui/staffing.py" line="182"/>
        <source>Assigned team</source>
        <translation>배정된 통역팀</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="183"/>
        <source>Assign</source>
        <translation>배정</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="184"/>
        <source>Unassign</source>
        <translation>배정 해제</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="185"/>
        <source>Double-click or Enter: assign</source>
        <translation>두 번 클릭 또는 Enter: 배정</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="186"/>
        <source>Delete: unassign</source>
        <translation>Delete: 배정 해제</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="224"/>
        <source>Interpreters — {0} can take it</source>
        <translation>통역사 — 배정 가능 {0}명</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="230"/>
        <source>Choose a session in the programme</source>
        <translation>프로그램에서 세션을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="241"/>
        <source>No interpretation: no team to assign</source>
        <translation>통역 없음 — 배정할 통역팀이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="247"/>
        <source>Assigned {0} / needed {1} ({2})</source>
        <translation>배정 {0} / 필요 {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="249"/>
        <source>Assigned {0} / needed {1} ({2}) — {3} short</source>
        <translation>배정 {0} / 필요 {1} ({2}) — {3}명 부족</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="260"/>
        <source>{0} min</source>
        <translation>{0}분</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="269"/>
        <source>listening: {0}</source>
        <translation>청자: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="297"/>
        <source>Assign interpreter</source>
        <translation>통역사 배정</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="298"/>
        <source>{0} is not available then: {1}. Assign anyway?</source>
        <translation>{0}: 그 시간에 근무 불가 ({1}). 그래도 배정할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/staffing.py" line="302"/>
        <source>{0} cannot take it: {1}</source>
        <translation>{0} 배정 불가: {1}</translation>
    </message>
</context>
<context>
    <name>VenuePanel</name>
    <message>
        <location filename="../../ui/venue_panel.py" line="85"/>
        <source>Rooms</source>
        <translation>회의실</translation>
    </message>
    <message>
        <location filename="../../ui/venue_panel.py" line="86"/>
        <source>Interpreters</source>
        <translation>통역사</translation>
    </message>
    <message>
        <location filename="../../ui/venue_panel.py" line="87"/>
        <source>Add room</source>
        <translation>회의실 추가</translation>
    </message>
    <message>
        <location filename="../../ui/venue_panel.py" line="88"/>
        <source>Add interpreter</source>
        <translation>통역사 추가</translation>
    </message>
    <message>
        <location filename="../../ui/venue_panel.py" line="89"/>
        <source>Remove room</source>
        <translation>회의실 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/venue_panel.py" line="90"/>
        <location filename="../../ui/venue_panel.py" line="170"/>
        <source>Remove interpreter</source>
        <translation>통역사 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/venue_panel.py" line="171"/>
        <source>This interpreter is assigned to {0} session(s). Take them off those sessions and out of the event?</source>
        <translation>이 통역사는 세션 {0}개에 배정되어 있습니다. 그 세션들의 배정을 해제하고 행사에서 삭제할까요?</translation>
    </message>
</context>
</TS>
