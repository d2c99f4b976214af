<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<!--
  Qt's own words that the Korean catalogue PySide6 ships (qtbase_ko.qm) leaves in English:
  Qt's file dialog asks for "&Look in:" and "Files of &type:", with their access keys, while
  the catalogue only translates "Look in:" and "Files of type:"; its Type column names a
  folder in the context QAbstractFileIconProvider, which the catalogue has under QFileDialog.
  Written for this project, in the catalogue's own wording; loaded after qtbase_ko, so only
  these are taken from here.
  Not made by lupdate (these are not our strings): edit by hand, then `python -m ui.i18n`
  compiles it.
-->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>Match OS X Finder</comment>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>드라이브</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
</TS>
