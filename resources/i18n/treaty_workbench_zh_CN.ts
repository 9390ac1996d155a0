<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlternativeDialog</name>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="55"/>
        <source>Wording (English):</source>
        <translation>措辞（英文）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="56"/>
        <source>Wording (Chinese):</source>
        <translation>措辞（中文）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="57"/>
        <source>Proposed by:</source>
        <translation>提出方：</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../workbench/ui/editor.py" line="176"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="176"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="201"/>
        <source>Chinese text (中文文本)</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="203"/>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="287"/>
        <source>Typing</source>
        <translation>输入文字</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="343"/>
        <source>No article selected</source>
        <translation>未选择条文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="344"/>
        <source>Select an article in the draft outline, or add clauses from the library (drag them, or press Enter or Ctrl+D).</source>
        <translation>请在草案大纲中选择一条，或从条款库添加条款（拖放，或按 Enter 或 Ctrl+D）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="349"/>
        <source>Recital</source>
        <translation>序言段落</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="354"/>
        <source>Preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="355"/>
        <source>Closing formula</source>
        <translation>结尾语</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="364"/>
        <source>From the library: {0}</source>
        <translation>出自条款库：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="384"/>
        <source>MODEL CLAUSE drafted by the workbench</source>
        <translation>示范条款：由工作台起草</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="385"/>
        <source>after {0}</source>
        <translation>参照{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="387"/>
        <source>UNVERIFIED TRANSCRIPTION of the source text</source>
        <translation>来源文本为未经核实的转录文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="390"/>
        <source>REPRODUCTION</source>
        <translation>转载文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="395"/>
        <source>THE OFFICIAL TEXTS DIFFER</source>
        <translation>各语种正式文本不一致</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="422"/>
        <source>Refers to: {0}</source>
        <translation>援引：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="424"/>
        <source>Referred to by: {0}</source>
        <translation>被援引于：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="446"/>
        <source>That provision is not in this draft</source>
        <translation>该条款不在本草案中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="463"/>
        <source>Click into a paragraph first</source>
        <translation>请先点击某一款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="475"/>
        <location filename="../../workbench/ui/editor.py" line="500"/>
        <source>Add sub-paragraph</source>
        <translation>添加项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="475"/>
        <location filename="../../workbench/ui/editor.py" line="499"/>
        <source>Add paragraph</source>
        <translation>添加款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="480"/>
        <source>Click into the paragraph to remove first</source>
        <translation>请先点击要删除的款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="485"/>
        <location filename="../../workbench/ui/editor.py" line="501"/>
        <source>Remove paragraph</source>
        <translation>删除款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="497"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="498"/>
        <source>Compare with source</source>
        <translation>与来源比较</translation>
    </message>
</context>
<context>
    <name>BracketCount</name>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="379"/>
        <source>Open brackets: {0}</source>
        <translation>未决括号：{0}</translation>
    </message>
</context>
<context>
    <name>BracketsPanel</name>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="114"/>
        <source>Select an article to see its alternatives.</source>
        <translation>请选择一条以查看其备选案文。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="123"/>
        <source>the whole article</source>
        <translation>整条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="128"/>
        <source>words</source>
        <translation>措辞</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="128"/>
        <source>paragraph</source>
        <translation>款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="128"/>
        <source>whole article</source>
        <translation>整条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="129"/>
        <source>pending consultations</source>
        <translation>有待磋商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="130"/>
        <location filename="../../workbench/ui/brackets_panel.py" line="143"/>
        <source>agreed ad referendum</source>
        <translation>已商定，待核准</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="131"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="146"/>
        <source>not agreed</source>
        <translation>未获商定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="161"/>
        <source>The whole article</source>
        <translation>整条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="167"/>
        <source>Paragraph {0}</source>
        <translation>第{0}款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="170"/>
        <source>Unnumbered paragraph</source>
        <translation>无编号的款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="241"/>
        <location filename="../../workbench/ui/brackets_panel.py" line="415"/>
        <source>Agree ad referendum</source>
        <translation>商定（待核准）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="241"/>
        <source>Agree on the wording</source>
        <translation>商定措辞</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="266"/>
        <source>Reopen the bracket</source>
        <translation>重新开放方括号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="291"/>
        <source>Record positions</source>
        <translation>记录立场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="341"/>
        <source>Nothing to record: the proposals make no change to this text.</source>
        <translation>无可记录：这些提案没有对本案文作出任何修改。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="342"/>
        <source>Nothing was recorded.</source>
        <translation>未记录任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="377"/>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="381"/>
        <source>Document details</source>
        <translation>文件信息</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="387"/>
        <source>The export failed: {0}
No file was changed.</source>
        <translation>导出失败：{0}
未改动任何文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="389"/>
        <source>Exported the compilation to {0}</source>
        <translation>汇编案文已导出到{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="400"/>
        <location filename="../../workbench/ui/brackets_panel.py" line="407"/>
        <source>Renumber for the final text</source>
        <translation>为最后案文重新编号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="401"/>
        <source>Number “{0}” as a final text? Articles whose deletion was agreed are dropped and inserted articles (“bis”) are numbered in sequence. Undo brings the negotiation numbers back.</source>
        <translation>将“{0}”按最后案文编号？已商定删除的条款将被去除，插入的条款（“之二”等）将按顺序编号。撤销可恢复谈判期间的编号。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="413"/>
        <source>Agree</source>
        <translation>商定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="414"/>
        <source>Make this the agreed wording; the other options close (undoable)</source>
        <translation>将此备选案文定为商定措辞；其他备选案文随之结束（可撤销）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="416"/>
        <source>Agreed subject to confirmation by capitals</source>
        <translation>商定，但须经各国首都核准</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="129"/>
        <location filename="../../workbench/ui/brackets_panel.py" line="142"/>
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="141"/>
        <source>base text</source>
        <translation>基础文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="130"/>
        <location filename="../../workbench/ui/brackets_panel.py" line="142"/>
        <source>agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="144"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="169"/>
        <source>Sub-paragraph {0}</source>
        <translation>第{0}项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="209"/>
        <source>Consultations concluded</source>
        <translation>磋商已结束</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="210"/>
        <source>Pending consultations</source>
        <translation>有待磋商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="220"/>
        <source>Delete.</source>
        <translation>删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="302"/>
        <source>New alternative</source>
        <translation>新备选案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="342"/>
        <location filename="../../workbench/ui/brackets_panel.py" line="344"/>
        <location filename="../../workbench/ui/brackets_panel.py" line="349"/>
        <source>Merge proposals</source>
        <translation>合并提案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="346"/>
        <source>{0}, {1}.</source>
        <translation>{0}，{1}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/brackets_panel.py" line="346"/>
        <source>%n option(s) added</source>
        <translation>
            <numerusform>新增 %n 个选项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/brackets_panel.py" line="347"/>
        <source>%n support(s) recorded</source>
        <translation>
            <numerusform>记录 %n 项支持</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="411"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="411"/>
        <source>Proposed by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="411"/>
        <source>Supported by</source>
        <translation>支持方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="412"/>
        <source>Opposed by</source>
        <translation>反对方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="412"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="417"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="418"/>
        <source>Reopen</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="419"/>
        <source>Reopen an agreed bracket, or a withdrawn option</source>
        <translation>重新开放已商定的方括号或已撤回的备选案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="420"/>
        <source>Positions…</source>
        <translation>立场…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="421"/>
        <source>Alternative to:</source>
        <translation>备选案文针对：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="422"/>
        <source>Add alternative…</source>
        <translation>添加备选案文…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="423"/>
        <source>Merge proposals…</source>
        <translation>合并提案…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="424"/>
        <source>Export compilation…</source>
        <translation>导出汇编案文…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="425"/>
        <source>Renumber for the final text…</source>
        <translation>为最后案文重新编号…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="428"/>
        <location filename="../../workbench/ui/versions_panel.py" line="433"/>
        <source>Alternatives</source>
        <translation>备选案文</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="183"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="256"/>
        <source>The check failed: {0}</source>
        <translation>检查失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="273"/>
        <source>No draft</source>
        <translation>没有草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="278"/>
        <source>&lt;b&gt;Ideal-treaty score: {0} / 100&lt;/b&gt;</source>
        <translation>&lt;b&gt;理想条约得分：{0} / 100&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/check_panel.py" line="279"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 条条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="349"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="358"/>
        <source>Suggestion: {0}</source>
        <translation>建议：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="366"/>
        <source>Add to draft</source>
        <translation>添加到草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="375"/>
        <source>Closing formula</source>
        <translation>结尾语</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="386"/>
        <source>official text</source>
        <translation>正式文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="386"/>
        <source>reproduction</source>
        <translation>转载文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="387"/>
        <source>unverified transcription</source>
        <translation>未经核实的转录文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="387"/>
        <source>model clause</source>
        <translation>示范条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="388"/>
        <source>edited in the draft</source>
        <translation>已在草案中修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="395"/>
        <source>Text: {0}</source>
        <translation>文本：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="397"/>
        <source>from a non-binding instrument: its obligation strength describes the wording only</source>
        <translation>出自不具法律约束力的文书：其义务强度仅描述措辞</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="428"/>
        <location filename="../../workbench/ui/impact_dialog.py" line="16"/>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="428"/>
        <location filename="../../workbench/ui/impact_dialog.py" line="17"/>
        <source>partial</source>
        <translation>部分满足</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="428"/>
        <location filename="../../workbench/ui/impact_dialog.py" line="18"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="429"/>
        <location filename="../../workbench/ui/impact_dialog.py" line="19"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="462"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="476"/>
        <source>Suggested clauses</source>
        <translation>建议条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="483"/>
        <source>Why it matters:</source>
        <translation>理由（英文说明）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="483"/>
        <source>Source:</source>
        <translation>文献依据：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="504"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="504"/>
        <source>Verdict</source>
        <translation>评定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="507"/>
        <location filename="../../workbench/ui/checker_install.py" line="98"/>
        <source>Ideal-treaty check</source>
        <translation>理想条约检查</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="508"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="509"/>
        <source>Run the ideal-treaty check on the current draft now</source>
        <translation>立即对当前草案进行理想条约检查</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="59"/>
        <source>Check the draft now</source>
        <translation>立即检查草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="60"/>
        <source>Export check report (.docx)…</source>
        <translation>导出检查报告（.docx）…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="136"/>
        <source>There is no check report yet.</source>
        <translation>尚无检查报告。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="139"/>
        <source>Export check report</source>
        <translation>导出检查报告</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="140"/>
        <source>Check report {0}</source>
        <translation>检查报告 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="142"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档（*.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="151"/>
        <source>Check report written to {0}</source>
        <translation>检查报告已写入 {0}</translation>
    </message>
</context>
<context>
    <name>CheckService</name>
    <message>
        <location filename="../../workbench/ui/check_service.py" line="54"/>
        <source>the window is closing</source>
        <translation>窗口正在关闭</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_service.py" line="61"/>
        <source>the checking process stopped ({0})</source>
        <translation>检查进程已停止（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_service.py" line="82"/>
        <source>the checking process could not be started ({0})</source>
        <translation>无法启动检查进程（{0}）</translation>
    </message>
</context>
<context>
    <name>ClausePreview</name>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="40"/>
        <source>MODEL CLAUSE — drafted by the workbench, not taken from any treaty</source>
        <translation>示范条款——由工作台起草，并非取自任何条约</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="115"/>
        <source>Preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="118"/>
        <source>Article {0}</source>
        <translation>第{0}条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="119"/>
        <source>Item {0}</source>
        <translation>第{0}项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="120"/>
        <source>Principle {0}</source>
        <translation>原则{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="121"/>
        <source>Paragraph {0}</source>
        <translation>第{0}段</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="122"/>
        <source>Recital {0}</source>
        <translation>序言第{0}段</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="130"/>
        <source>verification undone</source>
        <translation>已撤销核实</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="131"/>
        <source>verification redone</source>
        <translation>已重做核实</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="152"/>
        <source>{0}, {1}</source>
        <translation>{0}{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="76"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="24"/>
        <source>UNVERIFIED TRANSCRIPTION — the {0} text has not been checked against an official text</source>
        <translation>未经核实的转录文本——{0}文本尚未与正式文本核对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="30"/>
        <source>REPRODUCTION — the {0} text is a copy of the official text, taken from {1}</source>
        <translation>转载文本——{0}文本是正式文本的转载，取自{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="37"/>
        <source>MODEL CLAUSE — drafted by the workbench after {0}; not treaty text</source>
        <translation>示范条款——由工作台参照{0}起草，并非条约文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="46"/>
        <source>THE OFFICIAL TEXTS DIFFER — {0}</source>
        <translation>各语种正式文本不一致——{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="54"/>
        <source>official text (checked against the official publication)</source>
        <translation>正式文本（已与官方出版物核对）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="56"/>
        <source>reproduction of the official text from {0}</source>
        <translation>正式文本的转载，取自{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="59"/>
        <source>unverified transcription (not checked against an official text)</source>
        <translation>未经核实的转录文本（尚未与正式文本核对）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="63"/>
        <source>model clause drafted by the workbench, after {0}</source>
        <translation>工作台起草的示范条款，参照{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="65"/>
        <source>model clause drafted by the workbench</source>
        <translation>工作台起草的示范条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="77"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="123"/>
        <source>Action {0}</source>
        <translation>行动{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="129"/>
        <source>text pasted and its provenance recorded</source>
        <translation>已粘贴文本并记录其来源等级</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="165"/>
        <source>INCOMPLETE — only part of this provision is in the library</source>
        <translation>不完整——条款库只收录了该条款的一部分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="171"/>
        <source>Instrument</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="173"/>
        <source>(unofficial title)</source>
        <translation>（非正式标题）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="174"/>
        <source>(official Chinese title)</source>
        <translation>（官方中文名称）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="178"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="185"/>
        <source>Provision</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="195"/>
        <source>Obligation strength</source>
        <translation>义务强度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="196"/>
        <source>this instrument is not legally binding: the strength of each paragraph describes its wording only</source>
        <translation>本文书不具法律约束力：各段的义务强度仅描述其措辞</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="200"/>
        <source>Official text</source>
        <translation>正式文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="202"/>
        <source>{0} on {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="204"/>
        <source>Clause id</source>
        <translation>条款标识</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="187"/>
        <location filename="../../workbench/ui/clause_preview.py" line="206"/>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="188"/>
        <location filename="../../workbench/ui/clause_preview.py" line="209"/>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="203"/>
        <source>Provenance recorded by</source>
        <translation>来源记录人</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="212"/>
        <source>No official Chinese text of this provision is in the library.</source>
        <translation>条款库中没有该条款的正式中文文本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="215"/>
        <source>Provenance</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="219"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="223"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="228"/>
        <source>History of this clause</source>
        <translation>本条款的修改记录</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="152"/>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="153"/>
        <source>Draft: {0}</source>
        <translation>草案：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="156"/>
        <source>Version: {0}</source>
        <translation>版本：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="157"/>
        <source>File (.docx, Akoma Ntoso)…</source>
        <translation>文件（.docx、Akoma Ntoso）…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="189"/>
        <source>Compare with a file</source>
        <translation>与文件比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="190"/>
        <source>Word or Akoma Ntoso (*.docx *.xml)</source>
        <translation>Word 或 Akoma Ntoso（*.docx *.xml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="211"/>
        <source>Choose the two texts to compare.</source>
        <translation>请选择要比较的两个文本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="220"/>
        <source>The texts cannot be compared: {0}</source>
        <translation>无法比较这两个文本：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="236"/>
        <source>{0} added, {1} deleted, {2} moved, {3} modified articles; renumbering is not shown as a change.</source>
        <translation>新增 {0} 条，删除 {1} 条，移动 {2} 条，修改 {3} 条；重新编号不计为改动。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="254"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="254"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="254"/>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="255"/>
        <source>modified</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="257"/>
        <source>Preamble {0}</source>
        <translation>序言 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="309"/>
        <source>(not in this text)</source>
        <translation>（不在此文本中）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="265"/>
        <source>now after {0}</source>
        <translation>现位于{0}之后</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="266"/>
        <source>now first</source>
        <translation>现为第一条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="268"/>
        <source>{0}, in {1}</source>
        <translation>{0}，在{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="271"/>
        <source>and modified</source>
        <translation>并有修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="323"/>
        <source> (moved: now after {0})</source>
        <translation>（已移动：现位于{0}之后）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="323"/>
        <source> (moved: now first)</source>
        <translation>（已移动：现为第一条）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="325"/>
        <source> (moved here from after {0})</source>
        <translation>（由{0}之后移至此处）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="326"/>
        <source> (moved here from the start)</source>
        <translation>（由开头移至此处）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="411"/>
        <source>Save redline</source>
        <translation>保存修订对照稿</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="412"/>
        <source>Redline {0}</source>
        <translation>修订对照 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="414"/>
        <location filename="../../workbench/ui/compare_view.py" line="428"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档（*.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="425"/>
        <source>Save comparison table</source>
        <translation>保存对照表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="426"/>
        <source>Comparison {0}</source>
        <translation>对照表 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="438"/>
        <source>{0} could not be written: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="441"/>
        <source>Written: {0}</source>
        <translation>已写入：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="446"/>
        <source>Old:</source>
        <translation>旧文本：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="447"/>
        <source>New:</source>
        <translation>新文本：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="448"/>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="449"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="450"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="451"/>
        <source>The language of the texts compared</source>
        <translation>所比较文本的语言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="452"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="453"/>
        <location filename="../../workbench/ui/compare_view.py" line="460"/>
        <source>Previous change</source>
        <translation>上一处改动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="454"/>
        <location filename="../../workbench/ui/compare_view.py" line="459"/>
        <source>Next change</source>
        <translation>下一处改动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="455"/>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="456"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="457"/>
        <source>Redline .docx…</source>
        <translation>修订对照稿 .docx…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="458"/>
        <source>Table .docx…</source>
        <translation>对照表 .docx…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="462"/>
        <source>Choose two texts and press Compare.</source>
        <translation>选择两个文本，然后点击“比较”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="465"/>
        <location filename="../../workbench/ui/versions_panel.py" line="436"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
</context>
<context>
    <name>CompilationDialog</name>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="197"/>
        <source>Export compilation</source>
        <translation>导出汇编案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="204"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="217"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="217"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="217"/>
        <source>English and Chinese</source>
        <translation>英文和中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="219"/>
        <source>Clean text (agreed wording; open provisions marked as not agreed)</source>
        <translation>净案文（已商定的措辞；未决条款标明尚未商定）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="220"/>
        <source>Keep these details with the draft</source>
        <translation>将这些信息随草案保存</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="222"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档（*.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="222"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="224"/>
        <source>Symbol:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="224"/>
        <source>Revision:</source>
        <translation>修订：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="225"/>
        <source>Distribution:</source>
        <translation>分发：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="225"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="226"/>
        <source>Original:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="226"/>
        <source>Issuing body:</source>
        <translation>发文机构：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="227"/>
        <source>Session:</source>
        <translation>届会：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="227"/>
        <source>Note under the title:</source>
        <translation>标题下说明：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="228"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="232"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="44"/>
        <source>Changed meanwhile by another program</source>
        <translation>已被其他程序同时修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="52"/>
        <source>“{0}”: your change touches text that another window or program changed while you were working. Choose the version to keep; nothing is lost until you do.</source>
        <translation>“{0}”：您的修改涉及另一个窗口或程序在您工作期间改动的文本。请选择要保留的版本；在您选择之前，任何内容都不会丢失。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="58"/>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="59"/>
        <source>Now in the workspace</source>
        <translation>工作区中的现有版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="78"/>
        <source>Keep my version</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/conflict_dialog.py" line="80"/>
        <source>Keep the other version (mine to the clipboard)</source>
        <translation>保留另一版本（我的文本复制到剪贴板）</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="81"/>
        <source>{0} [in this draft: {1}]</source>
        <translation>{0}［本草案：{1}］</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="133"/>
        <source>The library clause {0} this article was copied from is no longer in the library.</source>
        <translation>本条所复制的条款 {0} 已不在条款库中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="136"/>
        <source>This article was written in the draft; it has no library source.</source>
        <translation>本条是在草案中撰写的，没有条款库来源。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="142"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="143"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="150"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="151"/>
        <source>unchanged</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="154"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="155"/>
        <source>inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="156"/>
        <source>compared with {0}</source>
        <translation>与 {0} 比较</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="32"/>
        <source>Akoma Ntoso document</source>
        <translation>Akoma Ntoso 文档</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="34"/>
        <source>Akoma Ntoso {version}</source>
        <translation>Akoma Ntoso {version} 版</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="36"/>
        <source>Annex {number}</source>
        <translation>附件{number}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="38"/>
        <source>Article {number}</source>
        <translation>第{number}条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="40"/>
        <source>Article {number} is already at position {position}</source>
        <translation>第{number}条已在第{position}条的位置</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="42"/>
        <source>Chinese text with no English counterpart was left out</source>
        <translation>没有对应英文的中文文本未导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="44"/>
        <source>Everything in the file was mapped.</source>
        <translation>文件中的全部内容均已对应导入。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="46"/>
        <source>Imported {agreements} agreements, {articles} articles</source>
        <translation>已导入 {agreements} 项协定、{articles} 条条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="48"/>
        <source>Imported “{title}” from {format}: {articles} articles, {chapters} divisions, {annexes} annexes, {recitals} recitals{closing}.</source>
        <translation>已从{format}导入“{title}”：{articles} 条、{chapters} 个分部、{annexes} 个附件、{recitals} 段序言{closing}。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="50"/>
        <source>Indexing {count} articles</source>
        <translation>正在为 {count} 条条款建立索引</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="52"/>
        <source>LibreOffice (soffice) is not installed</source>
        <translation>未安装 LibreOffice（soffice）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="54"/>
        <source>LibreOffice could not convert: {files}</source>
        <translation>LibreOffice 无法转换：{files}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="56"/>
        <source>LibreOffice could not lay out {name}: {reason}</source>
        <translation>LibreOffice 无法为 {name} 排版：{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="58"/>
        <source>LibreOffice did not finish converting within {seconds:.0f} s</source>
        <translation>LibreOffice 未能在 {seconds:.0f} 秒内完成转换</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="60"/>
        <source>LibreOffice did not finish the layout within {seconds:.0f} s</source>
        <translation>LibreOffice 未能在 {seconds:.0f} 秒内完成排版</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="62"/>
        <source>LibreOffice&apos;s Python bridge (python3-uno) is not installed</source>
        <translation>未安装 LibreOffice 的 Python 接口（python3-uno）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="64"/>
        <source>Looking for texts damaged by character recognition</source>
        <translation>正在查找文字识别受损的文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="66"/>
        <source>Precedent: {agreement} ({year}), {article} [{article_id}]; from {collection}, {licence}</source>
        <translation>先例：{agreement}（{year}），{article} [{article_id}]；来源 {collection}，{licence}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="68"/>
        <source>Precedents: {attribution}; licence {licence}</source>
        <translation>先例：{attribution}；许可 {licence}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="70"/>
        <source>Reading {count} files</source>
        <translation>正在读取 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="72"/>
        <source>Word (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="74"/>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="76"/>
        <source>Word document body</source>
        <translation>Word 文档正文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="78"/>
        <source>Word endnotes</source>
        <translation>Word 尾注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="80"/>
        <source>Word footnotes</source>
        <translation>Word 脚注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="82"/>
        <source>Word numbering</source>
        <translation>Word 自动编号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="84"/>
        <source>Word styles</source>
        <translation>Word 样式</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="86"/>
        <source>Writing {count} agreements</source>
        <translation>正在写入 {count} 项协定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="88"/>
        <source>XML document</source>
        <translation>XML 文档</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="90"/>
        <source>[[{table}]] must be an array of tables</source>
        <translation>[[{table}]] 必须是表数组</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="92"/>
        <source>[skeleton]: unknown key {key!r} (allowed: {allowed})</source>
        <translation>[skeleton]：未知的键 {key!r}（允许：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="94"/>
        <source>[source] needs {key} = &quot;…&quot;</source>
        <translation>[source] 需要 {key} = &quot;…&quot;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="96"/>
        <source>[source]: unknown key {key!r}</source>
        <translation>[source]：未知的键 {key!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="98"/>
        <source>a bracket needs at least one alternative wording</source>
        <translation>括号至少需要一种备选措辞</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="100"/>
        <source>a chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="102"/>
        <source>a draft can only take over the state of the same draft</source>
        <translation>草案只能接收同一草案的状态</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="104"/>
        <source>a draft needs a title</source>
        <translation>草案需要标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="106"/>
        <source>a draft with id {draft_id} already exists</source>
        <translation>标识为 {draft_id} 的草案已存在</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="108"/>
        <source>a further &lt;{element}&gt; in the collection was left out</source>
        <translation>文档集中的另一个 &lt;{element}&gt; 未导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="110"/>
        <source>a line that looks like a heading was kept as text</source>
        <translation>一行看似标题的文字按正文保留</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="112"/>
        <source>a paragraph</source>
        <translation>款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="114"/>
        <source>a position is support, oppose or none, not {stance!r}</source>
        <translation>立场只能是支持、反对或无立场，而不是 {stance!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="116"/>
        <source>a position needs the name of a party</source>
        <translation>记录立场须写明缔约方名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="118"/>
        <source>a preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="120"/>
        <source>a proposal needs the name of the party making it</source>
        <translation>提案需要注明提出该提案的缔约方名称</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="122"/>
        <source>a recital</source>
        <translation>序言段落</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="124"/>
        <source>a redline needs an author (the party) for its tracked changes</source>
        <translation>修订对照稿需要为其修订标记注明作者（缔约方）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="126"/>
        <source>a reference to {target} points to no article; kept as text</source>
        <translation>指向 {target} 的引用没有对应的条款，按文字保留</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="128"/>
        <source>a skeleton needs a preamble or at least one [[chapter]]</source>
        <translation>框架需要序言或至少一个 [[chapter]]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="130"/>
        <source>a sub-paragraph</source>
        <translation>项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="132"/>
        <source>a table (&lt;table&gt;) was left out; no place for it in a draft</source>
        <translation>表格（&lt;table&gt;）未导入；草案中没有相应位置</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="134"/>
        <source>a table of contents typed into the text was left out ({count} lines)</source>
        <translation>已略去正文中键入的目录（{count} 行）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="136"/>
        <source>a table was read cell by cell, left to right</source>
        <translation>表格已按单元格从左到右读取</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="138"/>
        <source>a version needs a label, e.g. “Chair&apos;s text Rev.1”</source>
        <translation>版本需要一个名称，例如“主席案文第1次修订稿”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="140"/>
        <source>a withdrawn alternative cannot be chosen; reopen it first</source>
        <translation>已撤回的备选案文不能被选定；请先将其重新开启</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="142"/>
        <source>an Akoma Ntoso document must start with &lt;akomaNtoso&gt;, not &lt;{element}&gt;; {supported}</source>
        <translation>Akoma Ntoso 文档必须以 &lt;akomaNtoso&gt; 开始，而不是 &lt;{element}&gt;；{supported}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="144"/>
        <source>an Akoma Ntoso {version} document, read as Akoma Ntoso 3.0 (the element names are the same)</source>
        <translation>这是 Akoma Ntoso {version} 版文档，已按 3.0 版读取（元素名称相同）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="146"/>
        <source>an alternative is agreed by choosing it; its status can be open or withdrawn</source>
        <translation>选定备选案文即表示商定该案文；其状态只能是未决或已撤回</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="148"/>
        <source>an alternative needs a wording (or must propose deletion)</source>
        <translation>备选案文需要有措辞（或须提议删除）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="150"/>
        <source>an annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="152"/>
        <source>an article</source>
        <translation>条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="154"/>
        <source>an attachment with no document was left out</source>
        <translation>不含文档的附件（attachment）未导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="156"/>
        <source>an element cannot be moved into itself</source>
        <translation>要素不能移入其自身</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="158"/>
        <source>an image or embedded object was left out</source>
        <translation>图片或嵌入对象未导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="160"/>
        <source>annexes</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="162"/>
        <source>article positions start at 1</source>
        <translation>条的位置从 1 开始</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="164"/>
        <source>articles</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="166"/>
        <source>cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="168"/>
        <source>cannot bracket the {field} of an element</source>
        <translation>不能为要素的 {field} 加括号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="170"/>
        <source>cannot edit {fields}</source>
        <translation>不能编辑 {fields}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="172"/>
        <source>cannot edit {fields} of a draft</source>
        <translation>不能编辑草案的 {fields}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="174"/>
        <source>chapter {number} must be a table</source>
        <translation>第 {number} 章必须是表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="176"/>
        <source>chapter {number}: topics must be a list of strings</source>
        <translation>第 {number} 章：topics 必须是字符串列表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="178"/>
        <source>chapter {number}: unknown key {key!r} (allowed: {allowed})</source>
        <translation>第 {number} 章：未知的键 {key!r}（允许：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="180"/>
        <source>chapter {number}: {key}</source>
        <translation>第 {number} 章：{key}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="182"/>
        <source>chapters must be [[chapter]] tables</source>
        <translation>各章必须是 [[chapter]] 表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="184"/>
        <source>clause id {clause_id!r} does not start with the source id {source_id!r}</source>
        <translation>条款标识 {clause_id!r} 不以来源标识 {source_id!r} 开头</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="186"/>
        <source>clause id {clause_id!r} is already used in {name}</source>
        <translation>条款标识 {clause_id!r} 已在 {name} 中使用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="188"/>
        <source>clause id {clause_id!r} is not of the form &lt;source&gt;/&lt;kind&gt;-&lt;number&gt;</source>
        <translation>条款标识 {clause_id!r} 不符合 &lt;source&gt;/&lt;kind&gt;-&lt;number&gt; 的格式</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="190"/>
        <source>comments in the document were not imported</source>
        <translation>文档中的批注未导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="192"/>
        <source>divisions</source>
        <translation>分部</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="194"/>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="196"/>
        <source>element {node_id} is already in the draft</source>
        <translation>要素 {node_id} 已在草案中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="198"/>
        <source>element {node_id} lost its place in the draft</source>
        <translation>要素 {node_id} 在草案中的位置已丢失</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="200"/>
        <source>every [[glossary]] needs zh = &quot;…&quot; and en = [&quot;…&quot;]</source>
        <translation>每个 [[glossary]] 都需要 zh = &quot;…&quot; 和 en = [&quot;…&quot;]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="202"/>
        <source>every [[{table}]] needs an id</source>
        <translation>每个 [[{table}]] 都需要 id</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="204"/>
        <source>function</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="206"/>
        <source>in one agreement since {year}: {agreement}, {article}</source>
        <translation>自 {year} 年起见于 1 项协定：{agreement}，{article}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="208"/>
        <source>in {count} agreements since {year}, first {agreement}, {article}</source>
        <translation>自 {year} 年起见于 {count} 项协定，最早为 {agreement}，{article}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="210"/>
        <source>indented text without a label was joined to the paragraph before</source>
        <translation>没有编号的缩进文字已并入上一段</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="212"/>
        <source>kept aside as the front matter (not treaty text)</source>
        <translation>作为文前信息另行保存（不属于条约正文）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="214"/>
        <source>kept under the title (not treaty text)</source>
        <translation>作为标题下方的信息保存（不属于条约正文）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="216"/>
        <source>label {label} kept as printed; it does not follow the numbering</source>
        <translation>编号 {label} 按原文保留；它与位置编号不一致</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="218"/>
        <source>nature {nature!r} is not one of {allowed}</source>
        <translation>nature {nature!r} 不是以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="220"/>
        <source>no article headings were found (expected “Article 1”, “Art. 1”, “第一条” …); the text was kept as recitals</source>
        <translation>未找到条款标题（应为“Article 1”、“Art. 1”、“第一条”等）；文本按序言段落保留</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="222"/>
        <source>no article “{ref}” in the draft (give its number, e.g. 12, or its id)</source>
        <translation>草案中没有条“{ref}”（请给出其编号，例如 12，或其标识）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="224"/>
        <source>no clause files (*.toml) in this folder</source>
        <translation>此文件夹中没有条款文件（*.toml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="226"/>
        <source>no precedent is nearly the same</source>
        <translation>没有几乎相同的先例</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="228"/>
        <source>no space left on device (nothing could be written)</source>
        <translation>设备上没有剩余空间（未能写入任何内容）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="230"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="232"/>
        <source>not UTF-8 text ({reason} at byte {byte})</source>
        <translation>不是 UTF-8 文本（第 {byte} 字节处：{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="236"/>
        <source>not valid TOML: nested too deeply</source>
        <translation>不是有效的 TOML：嵌套过深</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="238"/>
        <source>not valid TOML: {reason}</source>
        <translation>不是有效的 TOML：{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="240"/>
        <source>nothing to add</source>
        <translation>没有可添加的内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="242"/>
        <source>nothing to change</source>
        <translation>没有可更改的内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="244"/>
        <source>only an open bracket can be pending consultations</source>
        <translation>只有未决方括号才能标为有待磋商</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="246"/>
        <source>only {written} of {size} bytes could be written</source>
        <translation>{size} 字节中只写入了 {written} 字节</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="248"/>
        <source>option {number} is agreed but still opposed by {parties}</source>
        <translation>备选案文{number}已商定，但{parties}仍表示反对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="254"/>
        <source>part {part} is damaged and cannot be read ({reason})</source>
        <translation>部件 {part} 已损坏，无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="256"/>
        <source>part {part} is larger than {megabytes} MB; refused</source>
        <translation>部件 {part} 大于 {megabytes} MB；已拒绝</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="258"/>
        <source>pdftotext (poppler) is not installed</source>
        <translation>未安装 pdftotext（poppler）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="260"/>
        <source>pdftotext could not read {name}: {reason}</source>
        <translation>pdftotext 无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="262"/>
        <source>position {position} is outside 1–{last}</source>
        <translation>位置 {position} 不在 1–{last} 范围内</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="264"/>
        <source>preamble must be true or false</source>
        <translation>preamble 必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="268"/>
        <source>skeleton id {skeleton_id!r} does not match the file name {name!r}</source>
        <translation>框架标识 {skeleton_id!r} 与文件名 {name!r} 不符</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="270"/>
        <source>skeleton id {skeleton_id!r} may hold only lower-case letters, digits and hyphens</source>
        <translation>框架标识 {skeleton_id!r} 只能包含小写字母、数字和连字符</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="272"/>
        <source>source id {source_id!r} does not match the file name {name!r}</source>
        <translation>来源标识 {source_id!r} 与文件名 {name!r} 不符</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="284"/>
        <source>the bracketed words are no longer in the text; bracket them again</source>
        <translation>加括号的文字已不在文本中；请重新加括号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="288"/>
        <source>the document collection holds no embedded document</source>
        <translation>该文档集中没有嵌入的文档</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="290"/>
        <source>the draft has one article; there is no Article {number}</source>
        <translation>草案只有一条；没有第{number}条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="292"/>
        <source>the draft has {count} articles; there is no Article {number}</source>
        <translation>草案共有 {count} 条；没有第{number}条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="294"/>
        <source>the draft “{title}” is being changed by another program without pause; try again in a moment</source>
        <translation>草案“{title}”正被其他程序持续修改；请稍后重试</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="296"/>
        <source>the draft “{title}” is not in this workspace</source>
        <translation>草案“{title}”不在此工作区中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="298"/>
        <source>the draft “{title}” was changed by another window or program; reopen it to see the latest text</source>
        <translation>草案“{title}”已被另一个窗口或程序修改；请重新打开以查看最新文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="300"/>
        <source>the file has no [[clause]] entries</source>
        <translation>该文件没有 [[clause]] 条目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="302"/>
        <source>the file has no [skeleton] table</source>
        <translation>该文件没有 [skeleton] 表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="304"/>
        <source>the file has no [source] table</source>
        <translation>该文件没有 [source] 表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="306"/>
        <source>the layout was stopped</source>
        <translation>排版已停止</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="308"/>
        <source>the numbers of “{title}” are already those of a final text</source>
        <translation>“{title}”的编号已是最后案文的编号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="310"/>
        <source>the rows of the bilingual table were out of step (headings beside body text): {count} line(s) were paired again by what they are, heading with heading and paragraph with paragraph</source>
        <translation>双语表格的行未对齐（标题与正文并列）：已按内容性质重新配对 {count} 行，标题对标题、段落对段落</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="312"/>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="314"/>
        <source>the words in the text stand until another alternative is chosen</source>
        <translation>在选定另一备选案文之前，文本中的文字保持不变</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="316"/>
        <source>the words {start}–{end} are outside the text (length {length})</source>
        <translation>文字 {start}–{end} 超出文本范围（长度为 {length}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="322"/>
        <source>the {what} declares a DOCTYPE or entities, which this program never reads (they can expand without limit or reach other files); refused</source>
        <translation>该{what}声明了 DOCTYPE 或实体，本程序从不读取这些内容（它们可能无限扩展或访问其他文件）；已拒绝</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="324"/>
        <source>the {what} declares a DOCTYPE; refused</source>
        <translation>该{what}声明了 DOCTYPE；已拒绝</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="326"/>
        <source>the {what} is larger than {megabytes} MB; refused</source>
        <translation>该{what}大于 {megabytes} MB；已拒绝</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="328"/>
        <source>the {what} is not well-formed XML: {reason}</source>
        <translation>该{what}不是格式正确的 XML：{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="330"/>
        <source>there is no alternative {option_id!r} on this element</source>
        <translation>该要素上没有备选案文 {option_id!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="332"/>
        <source>there is no clause {clause_id!r} in the library</source>
        <translation>条款库中没有条款 {clause_id!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="334"/>
        <source>there is no draft {draft_id!r} in {name}</source>
        <translation>{name} 中没有草案 {draft_id!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="336"/>
        <source>there is no draft “{ref}” in {name} (list them with: draft list)</source>
        <translation>{name} 中没有草案“{ref}”（可用 draft list 列出所有草案）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="338"/>
        <source>there is no element {node_id!r} in the draft “{title}”</source>
        <translation>草案“{title}”中没有要素 {node_id!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="340"/>
        <source>there is no skeleton {skeleton_id!r} (known: {known})</source>
        <translation>没有框架 {skeleton_id!r}（已知：{known}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="342"/>
        <source>there is no such bracket on this element</source>
        <translation>此要素上没有该方括号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="344"/>
        <source>there is no version {version_id!r} in {name}</source>
        <translation>{name} 中没有版本 {version_id!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="346"/>
        <source>these words overlap a bracket already in the text</source>
        <translation>这些文字与文本中已有的括号重叠</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="348"/>
        <source>this bracket is already open</source>
        <translation>此方括号已处于未决状态</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="350"/>
        <source>this option was closed when another was agreed; reopen the bracket</source>
        <translation>此备选案文在另一备选案文获商定时已结束；请重新开放方括号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="354"/>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="358"/>
        <source>unknown language {language!r}; use one of {allowed}</source>
        <translation>未知的语言 {language!r}；请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="360"/>
        <source>unknown node kind {kind!r}</source>
        <translation>未知的要素类型 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="362"/>
        <source>unknown report language {language!r} (use en or zh)</source>
        <translation>未知的报告语言 {language!r}（请使用 en 或 zh）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="364"/>
        <source>{child} cannot be placed in {where}</source>
        <translation>{child}不能放在{where}中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="366"/>
        <source>{clause_id} paragraph {number}</source>
        <translation>{clause_id} 第 {number} 款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="368"/>
        <source>{clause_id}: a clause needs at least one [[clause.para]]</source>
        <translation>{clause_id}：条款至少需要一个 [[clause.para]]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="370"/>
        <source>{clause_id}: a model clause is never {value!r} text; write {key} = &quot;model&quot;</source>
        <translation>{clause_id}：示范条款绝不是{value!r}文本；请写 {key} = &quot;model&quot;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="372"/>
        <source>{clause_id}: a reproduction names the copy it was taken from ({key} = &quot;…&quot; here, or copy = &quot;…&quot; in [source])</source>
        <translation>{clause_id}：转载文本须写明其所取自的副本（在此处写 {key} = &quot;…&quot;，或在 [source] 中写 copy = &quot;…&quot;）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="374"/>
        <source>{clause_id}: has Chinese text but no verification_zh</source>
        <translation>{clause_id}：有中文文本，但没有 verification_zh</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="376"/>
        <source>{clause_id}: kind {kind!r} is not one of {allowed}</source>
        <translation>{clause_id}：kind {kind!r} 不是以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="378"/>
        <source>{clause_id}: the clause has no text in any language</source>
        <translation>{clause_id}：该条款没有任何语言的文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="380"/>
        <source>{clause_id}: unknown key {key!r}</source>
        <translation>{clause_id}：未知的键 {key!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="382"/>
        <source>{clause_id}: unknown {what} {value!r} in {key} (see resources/vocabulary.toml)</source>
        <translation>{clause_id}：{key} 中有未知的{what} {value!r}（见 resources/vocabulary.toml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="384"/>
        <source>{clause_id}: {key} is &quot;model&quot; but the source is not the workbench&apos;s model clauses (nature = &quot;workbench-model&quot;)</source>
        <translation>{clause_id}：{key} 为 &quot;model&quot;，但该来源不是工作台示范条款（nature = &quot;workbench-model&quot;）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="386"/>
        <source>{clause_id}: {key} must be a list of strings</source>
        <translation>{clause_id}：{key} 必须是字符串列表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="394"/>
        <source>{clause_id}: {key} names {target!r}, which is not in the library</source>
        <translation>{clause_id}：{key} 指向的 {target!r} 不在条款库中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="396"/>
        <source>{count:,} bytes</source>
        <translation>{count:,} 字节</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="398"/>
        <source>{count} article heading(s) typed at the start of their first paragraph (“第一条　…”, “Article 1. …”) were read as headings</source>
        <translation>{count} 个条标题与其第一段连排（“第一条　…”、“Article 1. …”），已识别为条标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="400"/>
        <source>{count} bracket(s) are still open ({where}): a clean text would present them as agreed. Agree them first, or mark every open provision as not agreed</source>
        <translation>仍有{count}处方括号未决（{where}）：净案文会将其显示为已商定。请先予以商定，或将每一未决条款标明为尚未商定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="404"/>
        <source>{count} labels kept as printed ({first} … {last}); they do not follow the numbering</source>
        <translation>{count} 个编号按原文保留（{first} … {last}）；与自动编号不一致</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="406"/>
        <source>{count} new options</source>
        <translation>新增备选案文{count}个</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="408"/>
        <source>{count} page number(s) or running header(s) typed into the text were left out</source>
        <translation>已略去正文中键入的 {count} 个页码或页眉页脚</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="410"/>
        <source>{count} supports recorded</source>
        <translation>记录支持{count}项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="412"/>
        <source>{folder}: cannot be read ({reason})</source>
        <translation>{folder}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="414"/>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}：无法创建该文件夹（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="416"/>
        <source>{folder}: holds no ToTA agreement files (pta_N.xml); nothing was imported</source>
        <translation>{folder}：其中没有 ToTA 协定文件（pta_N.xml）；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="418"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}：没有此文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="420"/>
        <source>{folder}: none of its ToTA files could be read; nothing was imported</source>
        <translation>{folder}：其中的 ToTA 文件均无法读取；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="422"/>
        <source>{folder}: not a folder; choose the folder that holds the ToTA files (pta_N.xml)</source>
        <translation>{folder}：不是文件夹；请选择存放 ToTA 文件（pta_N.xml）的文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="426"/>
        <source>{kind} cannot hold alternatives</source>
        <translation>{kind}不能有备选案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="428"/>
        <source>{megabytes:.0f} MB</source>
        <translation>{megabytes:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="430"/>
        <source>{name} is larger than {megabytes} MB; refused</source>
        <translation>{name} 大于 {megabytes} MB；已拒绝</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="432"/>
        <source>{name} resembles no saved version: save the base text as a version, or name the version it was drafted on</source>
        <translation>{name}与任何已保存的版本都不相似：请将基础案文保存为版本，或指明该提案所依据的版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="434"/>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="436"/>
        <source>{name}: declares a document type or entities, which ToTA files never do; not read</source>
        <translation>{name}：声明了文档类型或实体，ToTA 文件从不如此；未读取</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="440"/>
        <source>{name}: no word/document.xml inside</source>
        <translation>{name}：其中没有 word/document.xml</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="442"/>
        <source>{name}: not a ToTA agreement (no &lt;treaty&gt; with &lt;meta&gt; and &lt;body&gt;)</source>
        <translation>{name}：不是 ToTA 协定（没有含 &lt;meta&gt; 和 &lt;body&gt; 的 &lt;treaty&gt;）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="444"/>
        <source>{name}: not a ToTA agreement file (pta_N.xml)</source>
        <translation>{name}：不是 ToTA 协定文件（pta_N.xml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="446"/>
        <source>{name}: not a Word (.docx) or Akoma Ntoso (.xml) file</source>
        <translation>{name}：不是 Word（.docx）或 Akoma Ntoso（.xml）文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="448"/>
        <source>{name}: not a valid {what} (the zip container is damaged)</source>
        <translation>{name}：不是有效的{what}（zip 容器已损坏）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="450"/>
        <source>{name}: not well-formed XML ({reason})</source>
        <translation>{name}：XML 格式不正确（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="452"/>
        <source>{name}: refused — its parts would expand to {size} (limit {limit}); it may be a zip bomb</source>
        <translation>{name}：已拒绝——其各部件解压后将达 {size}（上限 {limit}）；可能是 zip 炸弹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="454"/>
        <source>{name}: refused — part {part} would expand to {megabytes:.0f} MB (compression ratio {ratio:.0f}:1); it may be a zip bomb</source>
        <translation>{name}：已拒绝——部件 {part} 解压后将达 {megabytes:.0f} MB（压缩比 {ratio:.0f}:1）；可能是 zip 炸弹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="456"/>
        <source>{name}: refused — the {what} holds {count} parts (more than {limit}); it may be a zip bomb</source>
        <translation>{name}：已拒绝——该{what}包含 {count} 个部件（超过 {limit} 个）；可能是 zip 炸弹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="458"/>
        <source>{name}: the Word document has no body</source>
        <translation>{name}：该 Word 文档没有正文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="460"/>
        <source>{name}: the agreement has no articles</source>
        <translation>{name}：该协定没有条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="464"/>
        <source>{name}: the file is empty</source>
        <translation>{name}：文件为空</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="466"/>
        <source>{name}: too large for a ToTA file ({size} MB)</source>
        <translation>{name}：作为 ToTA 文件过大（{size} MB）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="470"/>
        <source>{party} cannot both support and oppose one option</source>
        <translation>{party}不能对同一备选案文既支持又反对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="472"/>
        <source>{party} is recorded as opposing this option; clear that position first</source>
        <translation>已记录{party}反对此备选案文；请先清除该立场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="474"/>
        <source>{party} is recorded as supporting this option; clear that position first</source>
        <translation>已记录{party}支持此备选案文；请先清除该立场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="476"/>
        <source>{party} moves {article}; moves are not merged</source>
        <translation>{party}移动了{article}；移动不予合并</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="478"/>
        <source>{party} proposed this option; it cannot also be recorded as supporting it</source>
        <translation>此备选案文由{party}提出；不能同时记录其为支持方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="480"/>
        <source>{party} proposed this option; it cannot also oppose it</source>
        <translation>此备选案文由{party}提出；其不能同时反对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="482"/>
        <source>{party} proposes a new article “{title}”</source>
        <translation>{party}提议新增一条“{title}”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="484"/>
        <source>{party} proposes the same new article “{title}” as {first}: one article, {party} recorded as supporting it</source>
        <translation>{party}提出的新条款“{title}”与{first}提出的相同：作为同一条款，记录{party}为支持方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="486"/>
        <source>{party} rearranges the paragraphs of {article}: its whole wording is an option</source>
        <translation>{party}调整了{article}各款的结构：其整条措辞作为一个备选案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="488"/>
        <source>{party}: a change it proposes is already in the text ({place})</source>
        <translation>{party}：其提议的一处修改已在案文中（{place}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="490"/>
        <source>{party}: a change to {place} could not be placed: the text there changed since the version it was drafted on</source>
        <translation>{party}：对{place}的修改无法纳入：该处案文在其所依据的版本之后已有改动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="492"/>
        <source>{party}: a paragraph it changes is no longer in {article}</source>
        <translation>{party}：其修改的一款已不在{article}中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="494"/>
        <source>{party}: its proposal was drafted on “{base}”, not on the version this compilation was built on; its changes were placed in the text as it now reads</source>
        <translation>{party}：其提案依据的是“{base}”，而非本汇编案文所依据的版本；其修改已按案文现行措辞纳入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="496"/>
        <source>{party}: no changes from “{base}”; nothing recorded</source>
        <translation>{party}：相对于“{base}”没有修改；未记录任何内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="498"/>
        <source>{party}: rearranging the preamble is not merged; compare the texts</source>
        <translation>{party}：对序言结构的调整不予合并；请比较两个案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="500"/>
        <source>{party}: refused: its proposal was drafted on a text this compilation does not come from</source>
        <translation>{party}：不予合并：其提案所依据的案文并非本汇编案文的来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="502"/>
        <source>{party}: the article “{title}” is no longer in the text; its changes were not merged</source>
        <translation>{party}：“{title}”一条已不在案文中；其修改未予合并</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="504"/>
        <source>{party}: the article “{title}” it deletes is no longer in the text</source>
        <translation>{party}：其删除的“{title}”一条已不在案文中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="506"/>
        <source>{party}: the place of a paragraph it adds to {article} is no longer in the text</source>
        <translation>{party}：其在{article}中增加一款的位置已不在案文中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="508"/>
        <source>{party}: the title of {article} already reads as it proposes</source>
        <translation>{party}：{article}的标题已是其提议的措辞</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="510"/>
        <source>{party}: the version its proposal was drafted on is not known; it was compared with the compilation itself</source>
        <translation>{party}：其提案所依据的版本不详；已与汇编案文本身进行比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="514"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="516"/>
        <source>{path}: no precedents have been imported for this workspace yet (File ▸ Import precedents…, or: treaty-workbench precedents import FOLDER)</source>
        <translation>{path}：此工作区尚未导入先例（文件 ▸ 导入先例…，或：treaty-workbench precedents import 文件夹）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="520"/>
        <source>{path}: the backup could not be restored ({reason}); the file that was there is kept as {kept}</source>
        <translation>{path}：无法恢复备份（{reason}）；原有文件已保留为 {kept}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="522"/>
        <source>{path}: the backup could not be written ({reason})</source>
        <translation>{path}：无法写入备份（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="524"/>
        <source>{path}: the backup was not refreshed, because the workspace showed damage ({reason}); the earlier backups are kept</source>
        <translation>{path}：工作区出现损坏（{reason}），因此未更新备份；较早的备份均已保留</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="526"/>
        <source>{path}: the change could not be saved ({reason})</source>
        <translation>{path}：无法保存此项修改（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="528"/>
        <source>{path}: the change could not be saved ({reason}); the workspace may be damaged: open a backup or a saved copy</source>
        <translation>{path}：无法保存此项修改（{reason}）；工作区可能已损坏：请打开备份或另存的副本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="534"/>
        <source>{path}: the disk is full; free some space and try again (nothing was changed)</source>
        <translation>{path}：磁盘已满；请释放空间后重试（未作任何更改）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="536"/>
        <source>{path}: the disk is full; free some space and try again (the change was not saved)</source>
        <translation>{path}：磁盘已满；请释放空间后重试（此项修改未保存）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="542"/>
        <source>{path}: the precedent collection cannot be opened ({reason})</source>
        <translation>{path}：无法打开先例库（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="544"/>
        <source>{path}: the precedent collection cannot be used ({reason})</source>
        <translation>{path}：无法使用先例库（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="546"/>
        <source>{path}: the precedent collection is being written by another program (an import?); try again in a moment</source>
        <translation>{path}：先例库正由另一程序写入（导入中？）；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="548"/>
        <source>{path}: the precedent collection is damaged ({reason}); import the precedents again</source>
        <translation>{path}：先例库已损坏（{reason}）；请重新导入先例</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="550"/>
        <source>{path}: the precedent collection is damaged or not a database ({reason}); import the precedents again</source>
        <translation>{path}：先例库已损坏或不是数据库（{reason}）；请重新导入先例</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="552"/>
        <source>{path}: the precedent collection was written by a newer version of Treaty Workbench; update the program, or import the precedents again into another workspace</source>
        <translation>{path}：先例库由更新版本的 Treaty Workbench 写入；请更新程序，或将先例重新导入另一工作区</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="554"/>
        <source>{path}: the workspace cannot be read ({reason})</source>
        <translation>{path}：无法读取工作区（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="558"/>
        <source>{path}: the workspace file is missing or empty, but its backup {backup} exists: restore the backup (nothing was created)</source>
        <translation>{path}：工作区文件缺失或为空，但其备份 {backup} 仍在：请恢复该备份（未创建任何文件）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="570"/>
        <source>{path}: this SQLite file belongs to another program; it was left unchanged</source>
        <translation>{path}：此 SQLite 文件属于其他程序；未作任何改动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="572"/>
        <source>{path}: this file belongs to the workspace {workspace}; choose another file</source>
        <translation>{path}：此文件属于工作区 {workspace}；请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="574"/>
        <source>{path}: this file is a database (perhaps a workspace); an export never replaces one: choose another file</source>
        <translation>{path}：此文件是数据库（可能是工作区）；导出绝不会覆盖数据库：请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="576"/>
        <source>{path}: this file is not a precedent collection of Treaty Workbench; it was left unchanged</source>
        <translation>{path}：此文件不是 Treaty Workbench 的先例库；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="578"/>
        <source>{path}: this is a folder, not a precedent collection</source>
        <translation>{path}：这是文件夹，不是先例库</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="580"/>
        <source>{path}: this is a folder, not a workspace file</source>
        <translation>{path}：这是文件夹，不是工作区文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="582"/>
        <source>{path}: this is not a Treaty Workbench workspace (not a regular file)</source>
        <translation>{path}：这不是条约工作台的工作区（不是普通文件）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="586"/>
        <source>{path}: this is the open workspace (or part of it); choose another file</source>
        <translation>{path}：这是当前打开的工作区（或其组成文件）；请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="588"/>
        <source>{path}: this is the open workspace (or part of it); it cannot be used as a document</source>
        <translation>{path}：这是当前打开的工作区（或其组成文件），不能作为文档使用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="590"/>
        <source>{path}: this workspace was written by an earlier version and must be upgraded, which a read-only file cannot be</source>
        <translation>{path}：此工作区由较早版本写入，需要升级，而只读文件无法升级</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="518"/>
        <source>{path}: no such workspace file</source>
        <translation>{path}：没有此工作区文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="16"/>
        <source>  - {item}</source>
        <translation>  · {item}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="18"/>
        <source>  note: {note}</source>
        <translation>  说明：{note}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="20"/>
        <source>, the closing formula</source>
        <translation>，结尾套语</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="22"/>
        <source>1 new option</source>
        <translation>新增备选案文1个</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="24"/>
        <source>1 support recorded</source>
        <translation>记录支持1项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="26"/>
        <source>&lt;components&gt; were left out</source>
        <translation>&lt;components&gt;（组件）未导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="28"/>
        <source>&lt;{element}&gt; in the preamble was left out</source>
        <translation>序言中的 &lt;{element}&gt; 未导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="30"/>
        <source>&lt;{element}&gt; was left out (no place for it in a draft)</source>
        <translation>&lt;{element}&gt; 未导入（草案中没有相应位置）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="234"/>
        <source>not an Akoma Ntoso document (the root element is &lt;{element}&gt; in the namespace “{namespace}”); {supported}</source>
        <translation>不是 Akoma Ntoso 文档（根元素是命名空间“{namespace}”中的 &lt;{element}&gt;）；{supported}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="250"/>
        <source>paragraph {number}</source>
        <translation>第 {number} 段</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="252"/>
        <source>paragraphs of the closing</source>
        <translation>结尾段落</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="266"/>
        <source>recitals</source>
        <translation>序言段落</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="274"/>
        <source>table {table}, row {row}</source>
        <translation>表 {table} 第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="276"/>
        <source>text before the first article was read as a recital</source>
        <translation>第一条之前的文字按序言段落读取</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="278"/>
        <source>the Akoma Ntoso {version} &lt;{element}&gt; holds no articles or sections to import; {supported}</source>
        <translation>该 Akoma Ntoso {version} 版的 &lt;{element}&gt; 中没有可导入的条款（article）或节（section）；{supported}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="280"/>
        <source>the Akoma Ntoso {version} document holds no document (bill, act, doc …); {supported}</source>
        <translation>该 Akoma Ntoso {version} 版文件中没有文档（bill、act、doc 等）；{supported}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="282"/>
        <source>the Chinese has {zh} paragraph(s) and the English {en}; they were paired in order</source>
        <translation>中文本有 {zh} 段，英文本有 {en} 段；已按顺序配对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="286"/>
        <source>the closing formula</source>
        <translation>结尾套语</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="318"/>
        <source>the workbench data of {element} is damaged</source>
        <translation>{element} 的工作台数据已损坏</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="320"/>
        <source>the workbench metadata block is damaged and was skipped</source>
        <translation>工作台元数据块已损坏，已跳过</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="352"/>
        <source>this program reads Akoma Ntoso 3.0 (and, as 3.0, versions 1.0 and 2.0) bills, acts and documents whose body holds &lt;article&gt; or &lt;section&gt; elements, in parts, chapters or other divisions</source>
        <translation>本程序可读取 Akoma Ntoso 3.0 版（以及按 3.0 版读取的 1.0 和 2.0 版）的法案（bill）、法令（act）和文档（doc），其正文须含 &lt;article&gt; 或 &lt;section&gt; 元素，可分编、章或其他层级</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="356"/>
        <source>tracked changes read as accepted: {inserted} insertion(s) kept, {deleted} deletion(s) left out</source>
        <translation>修订按已接受读取：保留 {inserted} 处插入，舍去 {deleted} 处删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="388"/>
        <source>{clause_id}: {key} must be a string</source>
        <translation>{clause_id}：{key} 必须是字符串</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="390"/>
        <source>{clause_id}: {key} must be one of {allowed}, not {value!r}</source>
        <translation>{clause_id}：{key} 必须是 {allowed} 之一，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="392"/>
        <source>{clause_id}: {key} names the treaty a model clause follows; this source is not the workbench&apos;s model clauses</source>
        <translation>{clause_id}：{key} 用于写明示范条款所参照的条约；该来源不是工作台示范条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="402"/>
        <source>{count} item(s) were not placed exactly where they stood:</source>
        <translation>{count} 项内容未按原位置导入：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="424"/>
        <source>{head} — “{text}”</source>
        <translation>{head}——“{text}”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="438"/>
        <source>{name}: its structure could not be read as a draft ({reason}); nothing was imported</source>
        <translation>{name}：无法将其结构读作草案（{reason}）；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="462"/>
        <source>{name}: the file holds no text to import</source>
        <translation>{name}：文件中没有可导入的文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="468"/>
        <source>{parts}: the Chinese text has {zh} and the English {en}; they were paired in order</source>
        <translation>{parts}：中文本有 {zh} 个，英文本有 {en} 个；已按顺序配对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="512"/>
        <source>{party}: {options}, {supports}</source>
        <translation>{party}：{options}，{supports}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="530"/>
        <source>{path}: the copy could not be written ({reason})</source>
        <translation>{path}：无法写入副本（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="532"/>
        <source>{path}: the copy is damaged ({reason})</source>
        <translation>{path}：副本已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="538"/>
        <source>{path}: the library cannot be read ({reason})</source>
        <translation>{path}：无法读取条款库（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="540"/>
        <source>{path}: the library could not be read ({reason}); the workspace may be damaged or in use: open a backup or a saved copy</source>
        <translation>{path}：未能读取条款库（{reason}）；工作区可能已损坏或正被使用：请打开备份或已保存的副本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="556"/>
        <source>{path}: the workspace could not be read ({reason}); it may be damaged: open a backup or a saved copy</source>
        <translation>{path}：未能读取工作区（{reason}）；工作区可能已损坏：请打开备份或已保存的副本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="560"/>
        <source>{path}: the workspace is damaged ({reason})</source>
        <translation>{path}：工作区已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="562"/>
        <source>{path}: the workspace is locked by another program; close it there, or try again in a moment</source>
        <translation>{path}：工作区被其他程序锁定；请在该程序中关闭它，或稍后重试</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="564"/>
        <source>{path}: the workspace is locked by another program; the change was not saved, try again in a moment</source>
        <translation>{path}：工作区被其他程序锁定；此项修改未保存，请稍后重试</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="566"/>
        <source>{path}: the workspace is open read-only (a read-only file, folder or disk); the change was not saved</source>
        <translation>{path}：工作区以只读方式打开（文件、文件夹或磁盘只读）；此项修改未保存</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="568"/>
        <source>{path}: there is no usable backup ({backup})</source>
        <translation>{path}：没有可用的备份（{backup}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="584"/>
        <source>{path}: this is not a Treaty Workbench workspace (not an SQLite file, or its header is damaged)</source>
        <translation>{path}：这不是条约工作台的工作区（不是 SQLite 文件，或其文件头已损坏）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="592"/>
        <source>{path}: written by a newer version of Treaty Workbench (format {format}; this version reads up to {readable}). Update the program to open it.</source>
        <translation>{path}：由较新版本的条约工作台写入（格式 {format}；本版本最多可读取格式 {readable}）。请更新程序后再打开。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="594"/>
        <source>{table} {entry_id!r} has no English label (en)</source>
        <translation>{table} {entry_id!r} 没有英文名称（en）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="596"/>
        <source>{table} {entry_id!r} is defined twice</source>
        <translation>{table} {entry_id!r} 被定义了两次</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="598"/>
        <source>{where} must be a non-empty string</source>
        <translation>{where} 必须是非空字符串</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="600"/>
        <source>{where} must be a string</source>
        <translation>{where} 必须是字符串</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="602"/>
        <source>{where}({label})</source>
        <translation>{where}({label})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="604"/>
        <source>{where}: [[function]] needs an id</source>
        <translation>{where}：[[function]] 需要 id</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="606"/>
        <source>{where}: [[function]] {function}: unknown key {key!r}</source>
        <translation>{where}：[[function]] {function}：未知的键 {key!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="608"/>
        <source>{where}: [bearers] {key}: expected &lt;kind&gt;_en or &lt;kind&gt;_zh with kind one of {kinds}</source>
        <translation>{where}：[bearers] {key}：应写作 &lt;kind&gt;_en 或 &lt;kind&gt;_zh，kind 为以下之一：{kinds}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="610"/>
        <source>{where}: [frames] exception_kinds: {kind} is not an element kind</source>
        <translation>{where}：[frames] exception_kinds：{kind} 不是要素类型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="612"/>
        <source>{where}: [sources.&quot;{code}&quot;] needs en = &quot;…&quot; (how the report names the article)</source>
        <translation>{where}：[sources.&quot;{code}&quot;] 需要 en = &quot;…&quot;（报告中该文献的名称）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="614"/>
        <source>{where}: a [[group]] needs id, title_en and a numeric weight ({reason})</source>
        <translation>{where}：[[group]] 需要 id、title_en 和数值型的 weight（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="616"/>
        <source>{where}: a paragraph must be a table</source>
        <translation>{where}：款必须是表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="618"/>
        <source>{where}: criterion {criterion} cites article {code}, which [sources] does not name</source>
        <translation>{where}：标准{criterion}引用了文献{code}，但 [sources] 中没有该文献</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="620"/>
        <source>{where}: criterion {criterion} is defined twice</source>
        <translation>{where}：标准 {criterion} 被定义了两次</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="622"/>
        <source>{where}: criterion {criterion} needs {key} = &quot;…&quot;</source>
        <translation>{where}：标准 {criterion} 需要 {key} = &quot;…&quot;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="624"/>
        <source>{where}: criterion {criterion}: group {group!r} is not a [[group]]</source>
        <translation>{where}：标准 {criterion}：group {group!r} 不是 [[group]]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="626"/>
        <source>{where}: criterion {criterion}: met_when must be &quot;all&quot; or &quot;any&quot;</source>
        <translation>{where}：标准 {criterion}：met_when 必须是 &quot;all&quot; 或 &quot;any&quot;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="628"/>
        <source>{where}: criterion {criterion}: section_zh must be text</source>
        <translation>{where}：标准{criterion}：section_zh 必须是文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="630"/>
        <source>{where}: criterion {criterion}: weight must be a number ≥ 0</source>
        <translation>{where}：标准 {criterion}：weight 必须是 ≥ 0 的数</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="632"/>
        <source>{where}: element {kind} is defined twice</source>
        <translation>{where}：要素 {kind} 定义了两次</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="634"/>
        <source>{where}: element {kind}: bearer {bearer!r} is not one of {kinds}</source>
        <translation>{where}：要素 {kind}：义务主体 {bearer!r} 不是以下之一：{kinds}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="636"/>
        <source>{where}: element {kind}: every [[element.tag]] needs an id</source>
        <translation>{where}：要素 {kind}：每个 [[element.tag]] 都需要 id</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="638"/>
        <source>{where}: element {kind}: function must be written name or name[tag]</source>
        <translation>{where}：要素 {kind}：function 应写作 name 或 name[tag]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="640"/>
        <source>{where}: element {kind}: unknown key {key!r}</source>
        <translation>{where}：要素 {kind}：未知的键 {key!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="642"/>
        <source>{where}: every [[criterion.aspect]] of {criterion} needs an id</source>
        <translation>{where}：{criterion} 的每个 [[criterion.aspect]] 都需要 id</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="644"/>
        <source>{where}: every [[criterion]] needs an id</source>
        <translation>{where}：每个 [[criterion]] 都需要 id</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="646"/>
        <source>{where}: every [[element]] needs a kind</source>
        <translation>{where}：每个 [[element]] 都需要 kind</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="648"/>
        <source>{where}: expected &lt;kind&gt;_en or &lt;kind&gt;_zh with kind an element kind</source>
        <translation>{where}：应写作 &lt;kind&gt;_en 或 &lt;kind&gt;_zh，其中 kind 为一种要素类型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="650"/>
        <source>{where}: must be a list of patterns</source>
        <translation>{where}：必须是模式列表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="652"/>
        <source>{where}: not a valid pattern: {reason}</source>
        <translation>{where}：不是有效的模式：{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="654"/>
        <source>{where}: not valid TOML: {reason}</source>
        <translation>{where}：不是有效的 TOML：{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="656"/>
        <source>{where}: strength {strength!r} is not one of {allowed}</source>
        <translation>{where}：strength {strength!r} 不是以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="658"/>
        <source>{where}: sub must be [[…sub]] tables</source>
        <translation>{where}：sub 必须是 [[…sub]] 表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="660"/>
        <source>{where}: unknown key {key!r} (allowed: {allowed})</source>
        <translation>{where}：未知的键 {key!r}（允许：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="662"/>
        <source>{where}: unknown macro {{{name}}}</source>
        <translation>{where}：未知的宏 {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="664"/>
        <source>{where}: {aspect}: element {spec!r} is not written kind or kind[tag,!tag]</source>
        <translation>{where}：{aspect}：要素 {spec!r} 应写作 kind 或 kind[tag,!tag]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="666"/>
        <source>{where}: {aspect}: min_distinct must be a whole number ≥ 1</source>
        <translation>{where}：{aspect}：min_distinct 必须是 ≥ 1 的整数</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="668"/>
        <source>{where}: {aspect}: min_strength {strength!r} is not one of {allowed}</source>
        <translation>{where}：{aspect}：min_strength {strength!r} 不是以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="670"/>
        <source>{where}: {aspect}: unknown key {key!r}</source>
        <translation>{where}：{aspect}：未知的键 {key!r}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="672"/>
        <source>{where}: {aspect}: with = {name!r} names no aspect of {criterion}</source>
        <translation>{where}：{aspect}：with = {name!r} 不是 {criterion} 的任何方面</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="674"/>
        <source>{where}: {field} must be a list of non-empty strings</source>
        <translation>{where}：{field} 必须是非空字符串的列表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="676"/>
        <source>{where}: {key} must be a string</source>
        <translation>{where}：{key} 必须是字符串</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="678"/>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="680"/>
        <source>{where}: {what}</source>
        <translation>{where}：{what}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="682"/>
        <source>“{ref}” names {count} drafts; use the draft id</source>
        <translation>“{ref}”对应 {count} 份草案；请使用草案标识</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="684"/>
        <source>“{title}”: this change touches what another window or program changed meanwhile</source>
        <translation>“{title}”：此项修改涉及另一个窗口或程序同时改动的内容</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/error_catalogue.py" line="686"/>
        <source>“{version_id}” names {count} versions; use the full id</source>
        <translation>“{version_id}”对应 {count} 个版本；请使用完整标识</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="96"/>
        <source>Export draft</source>
        <translation>导出草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="97"/>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="98"/>
        <source>Akoma Ntoso XML (.xml)</source>
        <translation>Akoma Ntoso XML（.xml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="99"/>
        <source>Current text</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="100"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="100"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="101"/>
        <source>Both, in parallel columns</source>
        <translation>中英文对照（并列两栏）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="103"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="103"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="104"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="104"/>
        <source>Status line:</source>
        <translation>状态说明：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="105"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="105"/>
        <source>Confidentiality:</source>
        <translation>密级：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="106"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="109"/>
        <source>e.g. Draft — Rev.2</source>
        <translation>例如：草案——修订稿2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="110"/>
        <source>e.g. Restricted (leave empty for none)</source>
        <translation>例如：限制分发（不需要则留空）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="111"/>
        <source>Footnotes giving each article&apos;s source</source>
        <translation>以脚注注明每条的来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="112"/>
        <source>Line numbers</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="113"/>
        <source>Compilation text: alternatives as [Option 1 | Option 2]</source>
        <translation>汇编文本：备选案文显示为 [选项1 | 选项2]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="114"/>
        <source>Page numbers in the contents (lays out with LibreOffice)</source>
        <translation>目录中的页码（用 LibreOffice 排版）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="115"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="135"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档（*.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="135"/>
        <source>Akoma Ntoso XML (*.xml)</source>
        <translation>Akoma Ntoso XML（*.xml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="136"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="94"/>
        <source>Exported “{0}” to {1} ({2} kB)</source>
        <translation>已将“{0}”导出到 {1}（{2} kB）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="186"/>
        <source>Open a draft first: there is nothing to export.</source>
        <translation>请先打开一份草案：目前没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="198"/>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="204"/>
        <source>Export cancelled: no file was changed.</source>
        <translation>导出已取消：没有文件被更改。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="206"/>
        <source>The export failed: {0}
No file was changed.</source>
        <translation>导出失败：{0}
未改动任何文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="212"/>
        <source>Import a draft</source>
        <translation>导入草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="213"/>
        <source>Drafts (*.docx *.xml *.akn);;All files (*)</source>
        <translation>草案（*.docx *.xml *.akn）;;所有文件（*）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="226"/>
        <source>Could not import {0}:
{1}</source>
        <translation>无法导入 {0}：
{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="255"/>
        <source>The closing formula was read as such.</source>
        <translation>结尾套语已作为结尾导入。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="263"/>
        <source>Everything in the file was mapped.</source>
        <translation>文件中的全部内容均已对应导入。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="232"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/export_dialog.py" line="248"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 条条款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/export_dialog.py" line="249"/>
        <source>%n division(s)</source>
        <translation>
            <numerusform>%n 个部分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/export_dialog.py" line="250"/>
        <source>%n annex(es)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/export_dialog.py" line="251"/>
        <source>%n recital(s)</source>
        <translation>
            <numerusform>%n 段序言</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="252"/>
        <source>Imported “{0}”: {1}, {2}, {3}, {4}.</source>
        <translation>已导入“{0}”：{1}，{2}，{3}，{4}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/export_dialog.py" line="259"/>
        <source>Not everything was placed exactly where it stood: %n item(s); see the details, each with its place in the file.</source>
        <translation>
            <numerusform>并非所有内容都放在原来的位置：%n 项；详见详细信息，每项均注明其在文件中的位置。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="287"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="288"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="50"/>
        <source>Writing the document…</source>
        <translation>正在写入文档…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="51"/>
        <source>Laying the pages out with LibreOffice for the contents&apos; page numbers…</source>
        <translation>正在用 LibreOffice 排版，以得出目录页码…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="53"/>
        <source>Writing the final document…</source>
        <translation>正在写入最终文档…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="64"/>
        <source>The contents have no page numbers: LibreOffice (with its Python bridge) is not installed. Word fills them in when the contents are updated.</source>
        <translation>目录没有页码：未安装 LibreOffice（及其 Python 接口）。在 Word 中更新目录即可填入页码。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="68"/>
        <source>The contents have no page numbers (quick export). Word fills them in when the contents are updated.</source>
        <translation>目录没有页码（快速导出）。在 Word 中更新目录即可填入页码。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="72"/>
        <source>The contents have no page numbers: the LibreOffice layout failed.</source>
        <translation>目录没有页码：LibreOffice 排版失败。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="109"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_progress.py" line="132"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="407"/>
        <source>{0} “depends on” lines are not drawn: too many to read. References, conflicts and broken dependencies are all shown.</source>
        <translation>有 {0} 条“依赖于”连线未绘出：数量过多，无法阅读。引用、冲突和断开的依赖均已全部显示。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="426"/>
        <source>Colour articles by:</source>
        <translation>条文着色依据：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="427"/>
        <source>chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="428"/>
        <source>verdict</source>
        <translation>评定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="100"/>
        <location filename="../../workbench/ui/graph_view.py" line="432"/>
        <source>Dependency graph</source>
        <translation>依赖关系图</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="203"/>
        <source>Broken dependency: {0}</source>
        <translation>依赖缺失：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="254"/>
        <source>No chapter</source>
        <translation>不属于任何章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="257"/>
        <source>Ch. {0}</source>
        <translation>第{0}章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="345"/>
        <source>refers to</source>
        <translation>援引</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="345"/>
        <source>depends on</source>
        <translation>依赖</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="346"/>
        <source>conflicts with</source>
        <translation>相互冲突</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="346"/>
        <source>alternative to</source>
        <translation>互为备选案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="347"/>
        <source>broken dependency</source>
        <translation>依赖缺失</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="336"/>
        <source>strength</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="336"/>
        <source>weakness (partial)</source>
        <translation>不足（部分满足）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="337"/>
        <source>weakness (missing)</source>
        <translation>不足（缺失）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="337"/>
        <source>broken</source>
        <translation>依赖缺失</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="41"/>
        <source>These articles rely on it:</source>
        <extracomment>The most breakages listed in the warning; the rest are counted (a move in a long draft can break hundreds of plain-text references: a box of 624 lines was taller than any screen).</extracomment>
        <translation>以下各条依赖本条：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/impact_dialog.py" line="48"/>
        <source>… and %n more (the Check panel lists them after the change).</source>
        <translation>
            <numerusform>……另有 %n 项（变更后“检查”面板会全部列出）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="53"/>
        <source>Ideal-treaty criteria that would get worse:</source>
        <translation>评定将会降低的理想条约标准：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="60"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>可用“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="127"/>
        <source>Remove Article {0}?</source>
        <extracomment>Replaced by tests (and by drafters&apos; preferences) to answer without a modal dialog.</extracomment>
        <translation>删除第{0}条？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/impact_dialog.py" line="128"/>
        <source>Removing Article {0} ({1}) would break %n thing(s).</source>
        <translation>
            <numerusform>删除第{0}条（{1}）将影响 %n 处内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="131"/>
        <source>Remove anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="151"/>
        <source>Move Article {0}?</source>
        <translation>移动第{0}条？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/impact_dialog.py" line="152"/>
        <source>Moving Article {0} ({1}) to position {2} would affect %n thing(s).</source>
        <translation>
            <numerusform>将第{0}条（{1}）移至第{2}条的位置将影响 %n 处内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="156"/>
        <source>Move anyway</source>
        <translation>仍然移动</translation>
    </message>
</context>
<context>
    <name>ImpactGuard</name>
    <message>
        <location filename="../../workbench/ui/impact_guard.py" line="76"/>
        <location filename="../../workbench/ui/impact_guard.py" line="82"/>
        <source>Looking at what the change would affect…</source>
        <translation>正在分析此项变更的影响……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_guard.py" line="129"/>
        <source>The draft changed before the change could be made; make it again.</source>
        <translation>变更生效前草案已被修改；请重新操作。</translation>
    </message>
</context>
<context>
    <name>ImportProposalDialog</name>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="253"/>
        <source>Import a proposal</source>
        <translation>导入提案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="254"/>
        <source>Proposals (*.docx *.xml *.akn)</source>
        <translation>提案 (*.docx *.xml *.akn)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="254"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="257"/>
        <source>The saved version it most resembles</source>
        <translation>与之最相似的已保存版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="265"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="266"/>
        <source>Party:</source>
        <translation>缔约方：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="267"/>
        <source>Drafted on:</source>
        <translation>所依据的版本：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="277"/>
        <source>Choose the file of the proposal.</source>
        <translation>请选择提案文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="280"/>
        <source>Name the party making the proposal.</source>
        <translation>请写明提出提案的缔约方。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../workbench/ui/i18n.py" line="35"/>
        <source>System language</source>
        <extracomment>Language codes the UI can be switched to (&quot;system&quot; follows the system locale). Latin face first, then the Simplified Chinese face, so that Han characters are always drawn with SC glyph forms (never the Japanese fallback Qt picks without a zh locale).</extracomment>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../workbench/ui/library_model.py" line="48"/>
        <source>Preamble</source>
        <extracomment>MIME type of a drag from the library: clause ids, one a line (UTF-8).</extracomment>
        <translation>序言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_model.py" line="286"/>
        <source>UNVERIFIED transcription</source>
        <translation>未经核实的转录文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_model.py" line="287"/>
        <source>Reproduction of the official text</source>
        <translation>正式文本的转载</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_model.py" line="288"/>
        <source>Model clause drafted by the workbench</source>
        <translation>工作台起草的示范条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_model.py" line="289"/>
        <source>Official text</source>
        <translation>正式文本</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="158"/>
        <source>Official text</source>
        <translation>正式文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="159"/>
        <source>Reproduction</source>
        <translation>转载文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="160"/>
        <source>Unverified transcription</source>
        <translation>未经核实的转录文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="161"/>
        <source>Model clause</source>
        <translation>示范条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="171"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="172"/>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="173"/>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/library_panel.py" line="233"/>
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n 项条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="261"/>
        <source>Select a clause to read its text, its Chinese text where one exists, and where it comes from. Drag clauses into the draft outline, or press Enter or Ctrl+D to add them.</source>
        <translation>选择一项条款，即可阅读其文本、中文文本（如有）及出处。可将条款拖入草案大纲，或按 Enter 或 Ctrl+D 添加。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="294"/>
        <source>Copied the address {0} to the clipboard</source>
        <translation>已将网址 {0} 复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="308"/>
        <source>Select a clause in the library first</source>
        <translation>请先在条款库中选择一项条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="327"/>
        <source>Search the library (English or 中文)…</source>
        <translation>搜索条款库（英文或中文）…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="328"/>
        <source>Words are matched as you type; &quot;quoted phrases&quot; match exactly</source>
        <translation>输入时即时匹配；加引号的短语精确匹配</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="329"/>
        <source>Add to draft</source>
        <translation>添加到草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="330"/>
        <source>Add the selected clauses to the draft (Enter, Ctrl+D, or drag)</source>
        <translation>将所选条款添加到草案（Enter、Ctrl+D 或拖放）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="331"/>
        <source>Paste official text…</source>
        <translation>粘贴正式文本…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="332"/>
        <source>Paste the official text over a transcription or a reproduction and record what it was checked against, by whom and when</source>
        <translation>用正式文本替换转录文本或转载文本，并记录其核对依据、核对人和时间</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="336"/>
        <source>Show only official texts, reproductions, unverified transcriptions or model clauses</source>
        <translation>仅显示正式文本、转载文本、未经核实的转录文本或示范条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="334"/>
        <source>Show clauses of one source only</source>
        <translation>只显示某一来源的条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="335"/>
        <source>Show clauses on one topic only</source>
        <translation>只显示某一主题的条款</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main.py" line="139"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="253"/>
        <source>There is no draft open.</source>
        <translation>没有打开的草案。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="317"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="318"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="319"/>
        <source>&amp;Draft</source>
        <translation>草案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="320"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="321"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="322"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="323"/>
        <source>&amp;New draft…</source>
        <translation>新建草案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="324"/>
        <source>New &amp;workspace…</source>
        <translation>新建工作区(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="325"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="326"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="327"/>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="328"/>
        <source>Re&amp;name draft…</source>
        <translation>重命名草案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="329"/>
        <source>&amp;Delete draft…</source>
        <translation>删除草案(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="330"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="331"/>
        <source>&amp;Find in library</source>
        <translation>在条款库中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="332"/>
        <source>&amp;Add selected clauses to draft</source>
        <translation>将所选条款添加到草案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="333"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="334"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="337"/>
        <source>&amp;Paste official text and record its provenance…</source>
        <translation>粘贴正式文本并记录来源(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="338"/>
        <source>&amp;About Treaty Workbench</source>
        <translation>关于条约工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="339"/>
        <source>Library</source>
        <translation>条款库</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="340"/>
        <source>Draft outline</source>
        <translation>草案大纲</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="341"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="342"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="355"/>
        <source>The translation for {0} is missing; the interface stays in English.</source>
        <translation>缺少{0}的译文，界面仍使用英文。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="369"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销(&amp;U) {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="370"/>
        <source>&amp;Redo {0}</source>
        <translation>重做(&amp;R) {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="378"/>
        <source>{0} — {1} — Treaty Workbench</source>
        <translation>{0} — {1} — 条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="379"/>
        <source>{0} — Treaty Workbench</source>
        <translation>{0} — 条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="380"/>
        <source>Every change is saved in {0}</source>
        <translation>每次修改都已保存在 {0} 中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="390"/>
        <source>Treaty Workbench</source>
        <translation>条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="473"/>
        <location filename="../../workbench/ui/main.py" line="477"/>
        <source>Rename draft</source>
        <translation>重命名草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="483"/>
        <source>Delete the draft “{0}” and its saved versions? This cannot be undone.</source>
        <translation>删除草案“{0}”及其已保存的版本？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="498"/>
        <source>Create a draft first (File ▸ New draft).</source>
        <translation>请先新建草案（文件 ▸ 新建草案）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="502"/>
        <source>The library has no clause {0}.</source>
        <translation>条款库中没有条款 {0}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main.py" line="511"/>
        <source>Add %n clause(s)</source>
        <translation>
            <numerusform>添加 %n 项条款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main.py" line="516"/>
        <source>Added %n clause(s) to the draft</source>
        <translation>
            <numerusform>已向草案添加 %n 项条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="537"/>
        <source>Select a clause in the library first</source>
        <translation>请先在条款库中选择一项条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="544"/>
        <source>A model clause is drafted by the workbench: it is never official treaty text</source>
        <translation>示范条款由工作台起草，绝不是条约正式文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="550"/>
        <source>Verify {0}</source>
        <translation>核实 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="40"/>
        <source>The clause library could not be updated; the workspace keeps its earlier copy.</source>
        <translation>无法更新条款库；工作区保留原有的条款库副本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="49"/>
        <source>{0} is open read-only (the file, its folder or the disk cannot be written): you can read, search, check and export, but changes cannot be saved. Save a copy elsewhere to edit it.</source>
        <translation>{0} 以只读方式打开（文件、其所在文件夹或磁盘无法写入）：可以阅读、搜索、检查和导出，但修改无法保存。如需编辑，请将副本另存到别处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="24"/>
        <source>Treaty Workbench workspaces (*{0});;All files (*)</source>
        <translation>条约工作台工作区（*{0}）;;所有文件（*）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="49"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="55"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="73"/>
        <source>(no other recent workspaces)</source>
        <translation>（没有其他最近使用的工作区）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="83"/>
        <source>Saved a copy as {0}</source>
        <translation>已将副本保存为 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="57"/>
        <location filename="../../workbench/ui/workspace_files.py" line="87"/>
        <location filename="../../workbench/ui/workspace_files.py" line="89"/>
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="553"/>
        <source>About Treaty Workbench</source>
        <translation>关于条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="554"/>
        <source>Treaty Workbench builds an international AI treaty from verbatim clauses of existing instruments. Every change is saved in the workspace file as it is made.</source>
        <translation>条约工作台利用现有文书的原文条款起草国际人工智能条约。每次修改都会立即保存在工作区文件中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_state.py" line="97"/>
        <source>Draft AI treaty</source>
        <translation>人工智能条约草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/errors.py" line="57"/>
        <source>Something went wrong: {0}
Your work is saved. The details were written to {1}.</source>
        <translation>出现问题：{0}
您的工作已保存。详细信息已写入 {1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/following.py" line="47"/>
        <source>The other version was kept; your text is on the clipboard.</source>
        <translation>已保留另一版本；您的文本已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/following.py" line="65"/>
        <source>Typing not saved when the program stopped could not be put back, because its text was removed meanwhile. It was:
{0}</source>
        <translation>程序停止时尚未保存的输入无法恢复，因为其所在文本已被删除。输入内容为：
{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/following.py" line="75"/>
        <source>Recovered typing</source>
        <translation>恢复的输入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/following.py" line="85"/>
        <source>Typing that was not saved when the program stopped was put back: {0}. Undo (Ctrl+Z) removes it.</source>
        <translation>程序停止时尚未保存的输入已恢复：{0}。撤销（Ctrl+Z）可将其移除。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="131"/>
        <source>Merge proposals</source>
        <translation>合并提案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="139"/>
        <source>Draft: {0}</source>
        <translation>草案：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="141"/>
        <source>{0}, on “{1}”</source>
        <translation>{0}，依据“{1}”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="147"/>
        <source>Version: {0}</source>
        <translation>版本：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="150"/>
        <source>Each checked proposal is compared with the version it was drafted on; only its own changes become options, attributed to its party.</source>
        <translation>每一勾选的提案均与其所依据的版本进行比较；只有其自身的修改才成为备选案文，并注明提出方。</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="28"/>
        <source>New draft</source>
        <translation>新建草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="30"/>
        <source>Draft treaty on artificial intelligence</source>
        <translation>人工智能条约草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="34"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="35"/>
        <source>Empty draft</source>
        <translation>空白草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="36"/>
        <source>From a treaty skeleton:</source>
        <translation>基于条约框架：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="37"/>
        <source>From a whole source instrument:</source>
        <translation>基于一项完整的来源文书：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="62"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="63"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="88"/>
        <source>The draft reproduces the instrument&apos;s preamble, chapters and articles as they are in the library.</source>
        <translation>草案按条款库中的内容复制该文书的序言、各章和各条。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="91"/>
        <source>The draft starts with no text; add clauses from the library.</source>
        <translation>草案从空白开始；请从条款库添加条款。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="95"/>
        <source>Untitled draft</source>
        <translation>未命名草案</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="262"/>
        <source>English</source>
        <extracomment>Item flags by node kind, made once (Qt&apos;s flags are Python enums: combining them is slow, and the view asks for an item&apos;s flags on every paint and selection).</extracomment>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="262"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="275"/>
        <source>Preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="277"/>
        <source>Closing formula</source>
        <translation>结尾语</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="319"/>
        <source>From the library: {0}</source>
        <translation>出自条款库：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="321"/>
        <source>UNVERIFIED TRANSCRIPTION: the source text has not been checked against an official text</source>
        <translation>未经核实的转录文本：来源文本尚未与正式文本核对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="324"/>
        <source>Reproduction of the official text from a secondary copy</source>
        <translation>取自二手副本的正式文本转载</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="326"/>
        <source>Model clause drafted by the workbench, not treaty text</source>
        <translation>工作台起草的示范条款，并非条约文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="328"/>
        <source>Suggested topics: {0}</source>
        <translation>建议主题：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="344"/>
        <source>Rename {0}</source>
        <translation>重命名 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="397"/>
        <source>the library has no clause {0}</source>
        <translation>条款库中没有条款 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/outline_model.py" line="401"/>
        <source>Add %n clause(s)</source>
        <translation>
            <numerusform>添加 %n 项条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="406"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>OutlineOps</name>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="96"/>
        <source>A chapter cannot be placed there.</source>
        <extracomment>Nodes shown in the outline under each kind of parent (&quot;root&quot; = the draft&apos;s top level).</extracomment>
        <translation>章不能放在该处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="97"/>
        <source>An article cannot be placed there.</source>
        <translation>条不能放在该处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="98"/>
        <source>A recital cannot be placed there.</source>
        <translation>序言段落不能放在该处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="99"/>
        <source>This element cannot be placed there.</source>
        <translation>该要素不能放在该处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="111"/>
        <source>Chapters, articles and recitals cannot be moved together.</source>
        <translation>章、条和序言段落不能一起移动。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="137"/>
        <source>An element cannot be moved into itself.</source>
        <translation>要素不能移入其自身。</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="53"/>
        <source>Treaty Workbench</source>
        <extracomment>A draft of more articles opens with its chapters folded (the chapter of the selected article unfolds; the outline&apos;s menu unfolds them all): after each structural edit the tree lays out every unfolded row again, which on 10,000 rows is felt (review F15), and no one reads 10,000 headings at once.</extracomment>
        <translation>条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="207"/>
        <source>Add chapter</source>
        <translation>添加章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="216"/>
        <location filename="../../workbench/ui/outline_view.py" line="219"/>
        <source>New chapter</source>
        <translation>新章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="227"/>
        <location filename="../../workbench/ui/outline_view.py" line="234"/>
        <location filename="../../workbench/ui/outline_view.py" line="317"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/outline_view.py" line="244"/>
        <source>Remove this chapter and its %n article(s)?</source>
        <translation>
            <numerusform>删除这一章及其 %n 条？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="245"/>
        <source>Remove the preamble and its recitals?</source>
        <translation>删除序言及其各段？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="246"/>
        <source>(Edit ▸ Undo brings it back.)</source>
        <translation>（可用“编辑 ▸ 撤销”恢复。）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="249"/>
        <source>Remove {0}</source>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="262"/>
        <location filename="../../workbench/ui/outline_view.py" line="306"/>
        <location filename="../../workbench/ui/outline_view.py" line="319"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="262"/>
        <location filename="../../workbench/ui/outline_view.py" line="306"/>
        <location filename="../../workbench/ui/outline_view.py" line="321"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="269"/>
        <source>Select the article to move first.</source>
        <translation>请先选择要移动的条款。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="275"/>
        <source>Move to position</source>
        <translation>移至位置</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="276"/>
        <source>Move Article {0} to position (1–{1}):</source>
        <translation>将第{0}条移至位置（1–{1}）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="286"/>
        <source>Move Article {0} to position {1}</source>
        <translation>将第{0}条移至位置{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="311"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="312"/>
        <source>Create a new draft</source>
        <translation>新建草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="313"/>
        <source>The draft shown; a workspace can hold several drafts</source>
        <translation>当前显示的草案；一个工作区可包含多份草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="314"/>
        <source>Add chapter…</source>
        <translation>添加章…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="315"/>
        <source>+ Chapter</source>
        <translation>+ 章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="316"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="318"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="323"/>
        <source>Move to position…</source>
        <translation>移至位置…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="324"/>
        <source>Move to…</source>
        <translation>移至…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="325"/>
        <source>Unfold all chapters</source>
        <translation>展开所有章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="326"/>
        <source>Fold all chapters</source>
        <translation>折叠所有章</translation>
    </message>
</context>
<context>
    <name>PositionsDialog</name>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="67"/>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="72"/>
        <source>Supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="72"/>
        <source>Opposes</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="73"/>
        <source>No position</source>
        <translation>无立场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="85"/>
        <source>the base text</source>
        <translation>基础案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="86"/>
        <source>Proposed by: {0}</source>
        <translation>提出方：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="98"/>
        <source>Choose or type the name of a party.</source>
        <translation>请选择或输入缔约方名称。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="101"/>
        <source>{0} proposed this option: it cannot also support or oppose it.</source>
        <translation>此备选案文由{0}提出：其不能同时支持或反对。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="113"/>
        <source>{0} — supports</source>
        <translation>{0}——支持</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/negotiation_dialogs.py" line="114"/>
        <source>{0} — opposes</source>
        <translation>{0}——反对</translation>
    </message>
</context>
<context>
    <name>PrecedentsPanel</name>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="43"/>
        <source>Importing precedents…</source>
        <translation>正在导入先例…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="43"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="45"/>
        <location filename="../../workbench/ui/precedents_install.py" line="102"/>
        <location filename="../../workbench/ui/precedents_install.py" line="116"/>
        <source>Import precedents</source>
        <translation>导入先例</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="67"/>
        <source>The import was cancelled; the precedents are as they were before it.</source>
        <translation>导入已取消；先例保持导入前的状态。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="91"/>
        <source>The import ended without a summary.</source>
        <translation>导入已结束，但没有摘要。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="94"/>
        <source>The import stopped (exit status {0}).</source>
        <translation>导入已停止（退出状态 {0}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/precedents_install.py" line="108"/>
        <source>Imported %n agreement(s)</source>
        <translation>
            <numerusform>已导入 %n 项协定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/precedents_install.py" line="109"/>
        <location filename="../../workbench/ui/precedents_panel.py" line="294"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 条条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="110"/>
        <source>in {0:.0f} s ({1} added, {2} updated, {3} unchanged).</source>
        <translation>用时 {0:.0f} 秒（新增 {1}，更新 {2}，未变 {3}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/precedents_install.py" line="111"/>
        <location filename="../../workbench/ui/precedents_panel.py" line="295"/>
        <source>%n agreement(s) flagged for damage by character recognition (kept, marked wherever shown).</source>
        <translation>
            <numerusform>%n 项协定因文字识别受损而被标记（已保留，显示时均有标注）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/precedents_install.py" line="113"/>
        <source>%n file(s) skipped.</source>
        <translation>
            <numerusform>跳过了 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="120"/>
        <source>Flagged for damage:</source>
        <translation>标记为受损：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="175"/>
        <location filename="../../workbench/ui/precedents_panel.py" line="380"/>
        <source>no precedent is nearly the same</source>
        <translation>没有几乎相同的先例</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="188"/>
        <location filename="../../workbench/ui/precedents_install.py" line="236"/>
        <source>Import &amp;precedents…</source>
        <translation>导入先例(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="205"/>
        <source>Folder of the ToTA files (pta_N.xml)</source>
        <translation>ToTA 文件所在文件夹（pta_N.xml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="234"/>
        <source>Precedents</source>
        <translation>先例</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_install.py" line="264"/>
        <source>There is no draft open.</source>
        <translation>没有打开的草案。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="237"/>
        <source>Any party</source>
        <translation>任一缔约方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="238"/>
        <source>Any region</source>
        <translation>任一地区</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="267"/>
        <source>No precedents imported yet</source>
        <translation>尚未导入先例</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="275"/>
        <source>Flagged: damaged by character recognition (words run together)</source>
        <translation>已标记：文字识别受损（单词粘连）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/precedents_panel.py" line="278"/>
        <location filename="../../workbench/ui/precedents_panel.py" line="487"/>
        <source>%n precedent article(s)</source>
        <translation>
            <numerusform>%n 条先例条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="285"/>
        <source>No precedents have been imported for this workspace. Choose Import precedents… and the folder holding the ToTA files (pta_N.xml): 450 trade agreements, searchable here beside the library, with the lineage of every clause.</source>
        <translation>此工作区尚未导入先例。请选择“导入先例…”以及存放 ToTA 文件（pta_N.xml）的文件夹：450 项贸易协定可在此处与条款库并列检索，并可查看每一条款的沿革。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/precedents_panel.py" line="293"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 项协定</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="297"/>
        <source>Type words to search the precedents. Select a draft article or a library clause to see its lineage: the precedents nearly the same, with the words that differ.</source>
        <translation>输入词语即可检索先例。选择一条草案条款或条款库条款，即可查看其沿革：几乎相同的先例，并标出不同的词语。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="316"/>
        <source>Signed {0}; parties {1}; {2}; WTO RTA id {3}</source>
        <translation>签署于 {0}；缔约方 {1}；{2}；WTO RTA 编号 {3}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="321"/>
        <source>Flagged: this text was damaged by character recognition (words run together); check it against an official copy before relying on it.</source>
        <translation>已标记：此文本在文字识别中受损（单词粘连）；引用前请与正式文本核对。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="334"/>
        <source>Lineage of {0}: no precedents to compare with</source>
        <translation>{0} 的沿革：没有可比较的先例</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="336"/>
        <source>Lineage of {0}: looking…</source>
        <translation>{0} 的沿革：正在查找…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="348"/>
        <source>Choose a precedent article or a draft article first</source>
        <translation>请先选择一条先例条款或草案条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="376"/>
        <location filename="../../workbench/ui/precedents_panel.py" line="384"/>
        <source>Lineage of {0}: {1}</source>
        <translation>{0} 的沿革：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/precedents_panel.py" line="382"/>
        <source>in %n agreement(s) since {0}, first {1}, {2}</source>
        <translation>
            <numerusform>自 {0} 年起见于 %n 项协定，最早为 {1}，{2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="400"/>
        <source>Words struck through are the precedent&apos;s only; underlined ones, {0}&apos;s only.</source>
        <translation>加删除线的词仅见于先例；加下划线的词仅见于 {0}。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="428"/>
        <source>Choose a precedent article first</source>
        <translation>请先选择一条先例条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="431"/>
        <source>Select the draft article the precedent is an alternative to</source>
        <translation>请选择此先例作为其备选案文的草案条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="443"/>
        <source>Add precedent as alternative</source>
        <translation>将先例作为备选案文加入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="445"/>
        <source>Added {0} as an alternative</source>
        <translation>已将 {0} 作为备选案文加入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="456"/>
        <source>Search the precedents (words, &quot;phrases&quot;, 中文 via the glossary)…</source>
        <translation>检索先例（词语、“短语”，中文经术语表检索）…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="457"/>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="458"/>
        <source>Any year</source>
        <translation>任一年份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="460"/>
        <source>Agreements signed in or after this year</source>
        <translation>在该年或之后签署的协定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="461"/>
        <location filename="../../workbench/ui/precedents_panel.py" line="462"/>
        <source>Agreement</source>
        <translation>协定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="461"/>
        <location filename="../../workbench/ui/precedents_panel.py" line="462"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="461"/>
        <location filename="../../workbench/ui/precedents_panel.py" line="462"/>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="462"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="466"/>
        <source>Draft article</source>
        <translation>草案条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="466"/>
        <location filename="../../workbench/ui/precedents_panel.py" line="468"/>
        <source>Lineage</source>
        <translation>沿革</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="467"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="469"/>
        <source>Whole draft</source>
        <translation>整部草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="470"/>
        <source>Trace lineage</source>
        <translation>追溯沿革</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="471"/>
        <source>The precedents nearly the same as the article shown (or the selected draft article), with the words that differ</source>
        <translation>与所示条款（或所选草案条款）几乎相同的先例，并标出不同的词语</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="473"/>
        <source>Add as alternative</source>
        <translation>作为备选案文加入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="474"/>
        <source>Put this precedent&apos;s wording on the selected draft article as an alternative, with its provenance</source>
        <translation>将此先例的措辞作为备选案文加到所选草案条款上，并注明出处</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="476"/>
        <source>Trace whole draft</source>
        <translation>追溯整部草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="477"/>
        <source>Import precedents…</source>
        <translation>导入先例…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="478"/>
        <source>CC BY-NC 4.0 (attribution, non-commercial use)</source>
        <translation>CC BY-NC 4.0（署名，非商业性使用）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="479"/>
        <source>Precedents: ToTA (Alschner, Seiermann, Skougarevskiy; UNCTAD 2017), licence {0}</source>
        <translation>先例：ToTA（Alschner、Seiermann、Skougarevskiy；联合国贸发会议 2017），许可 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/precedents_panel.py" line="481"/>
        <source>Precedents: {0}; licence {1}</source>
        <translation>先例：{0}；许可 {1}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="58"/>
        <source>Treaty Workbench</source>
        <translation>条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="59"/>
        <source>The workspace cannot be opened:
{0}</source>
        <translation>无法打开工作区：
{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="63"/>
        <source>A backup of {0} from {1} exists ({2} drafts). Restore it? The file that is there now is kept beside it under a new name.</source>
        <translation>存在 {0} 于 {1} 的备份（{2} 份草案）。是否恢复？现有文件将以新名称保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="71"/>
        <source>Choose an older backup…</source>
        <translation>选择较早的备份…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="76"/>
        <source>Start a new workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/recovery.py" line="91"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n 份草案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/recovery.py" line="92"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="93"/>
        <source>{0} ({1}, {2})</source>
        <translation>{0}（{1}，{2}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="94"/>
        <source>Backup to restore:</source>
        <translation>要恢复的备份：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="123"/>
        <source>The workspace file was missing, so its backup from {0} was restored.</source>
        <translation>工作区文件缺失，已恢复其 {0} 的备份。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="126"/>
        <source>The workspace could not be opened, so its backup from {0} was restored. The file that was there is kept as {1}.</source>
        <translation>工作区无法打开，已恢复其 {0} 的备份。原有文件已保留为 {1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="66"/>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>RefTextEdit</name>
    <message>
        <location filename="../../workbench/ui/ref_text.py" line="260"/>
        <source>Cross-reference to {0}; Ctrl+click to go there</source>
        <extracomment>(target, number_only) -&gt; (label shown, resolved in the draft?)</extracomment>
        <translation>援引{0}；按住 Ctrl 点击可跳转</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/ref_text.py" line="261"/>
        <source>Cross-reference to a provision that is not in this draft: {0}</source>
        <translation>援引的条款不在本草案中：{0}</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="31"/>
        <source>Save version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="33"/>
        <source>e.g. Chair&apos;s text Rev.1</source>
        <translation>例如：主席案文修订稿1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="39"/>
        <source>Label:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="40"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="41"/>
        <source>Party (delegation):</source>
        <translation>缔约方（代表团）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="42"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="51"/>
        <source>A version needs a label.</source>
        <translation>版本需要一个名称。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../workbench/ui/session.py" line="242"/>
        <source>{0}
The draft has been reloaded from the workspace.</source>
        <extracomment>What can go wrong when an edit is applied or stored, reported to the drafter as a message. How often the session looks for other programs&apos; changes (one cheap query). How long after the last edit the log&apos;s pages are copied into the workspace file. How long after the last edit what the edits left behind is collected and frozen (``collect_idle``).</extracomment>
        <translation>{0}
已从工作区重新载入草案。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="302"/>
        <source>The draft “{0}” was deleted by another window or program.</source>
        <translation>草案“{0}”已被另一个窗口或程序删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="334"/>
        <source>Another window or program changed the same text; the undo history of this draft was cleared so that undo never overwrites its change.</source>
        <translation>另一个窗口或程序修改了同一文本；已清除此草案的撤销记录，以免撤销覆盖其修改。</translation>
    </message>
</context>
<context>
    <name>TitlesDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="118"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="119"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="145"/>
        <source>Paste official text — {0}</source>
        <translation>粘贴正式文本——{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="146"/>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="147"/>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="168"/>
        <source>Official text: compared with the depositary&apos;s or the parties&apos; own publication</source>
        <translation>正式文本：已与保存人或缔约方自己的出版物核对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="170"/>
        <source>Reproduction: compared with a copy of the official text</source>
        <translation>转载文本：已与正式文本的某一副本核对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="176"/>
        <source>the copy used, e.g. the text printed in a national treaty series</source>
        <translation>所用副本，例如某国条约集刊载的文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="179"/>
        <source>I have compared this text word for word with the publication named above</source>
        <translation>我已将本文本与上述出版物逐字核对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="184"/>
        <source>Paste the official text of each paragraph and say what you checked it against. The clause records that level, your name and the time; the change can be undone and stays in the clause&apos;s history.</source>
        <translation>请粘贴各段的正式文本，并说明核对依据。条款将记录该来源等级、您的姓名和时间；此项更改可以撤销，并保留在条款历史中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="194"/>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="195"/>
        <source>Checked by</source>
        <translation>核对人</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="227"/>
        <source>A model clause is drafted by the workbench: it is never official treaty text.</source>
        <translation>示范条款由工作台起草，绝不是条约正式文本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="229"/>
        <source>Name the copy of the official text you compared the text with.</source>
        <translation>请写明您用来核对的正式文本副本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="231"/>
        <source>Confirm that you compared the text with the publication named.</source>
        <translation>请确认您已将文本与所写明的出版物核对。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="234"/>
        <source>Give the name of the person who checked the text.</source>
        <translation>请填写核对文本者的姓名。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="239"/>
        <source>Paste the official text first.</source>
        <translation>请先粘贴正式文本。</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="114"/>
        <source>built from the proposals of {0}</source>
        <translation>根据{0}的提案编写</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="182"/>
        <source>Saved version “{0}”.</source>
        <translation>已保存版本“{0}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="196"/>
        <source>{0} (from version “{1}”)</source>
        <translation>{0}（来自版本“{1}”）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="221"/>
        <source>Restore version “{0}”</source>
        <translation>恢复版本“{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="223"/>
        <source>Restored version “{0}” into this draft (Edit ▸ Undo brings the text back).</source>
        <translation>已将版本“{0}”恢复到本草案（“编辑 ▸ 撤销”可恢复原文本）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="235"/>
        <source>New proposal</source>
        <translation>新提案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="236"/>
        <source>Party making the proposal:</source>
        <translation>提出提案的缔约方：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="267"/>
        <source>Could not import the proposal: {0}</source>
        <translation>无法导入提案：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="271"/>
        <source>Imported the proposal of {0}, drafted on “{1}”: {2}, {3}.</source>
        <translation>已导入{0}的提案（基于“{1}”起草）：{2}，{3}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/versions_panel.py" line="272"/>
        <source>%n article(s) paired</source>
        <translation>
            <numerusform>已配对 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/versions_panel.py" line="273"/>
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="300"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="300"/>
        <source>Party / author</source>
        <translation>缔约方／作者</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="300"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="300"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="301"/>
        <source>Versions of all drafts</source>
        <translation>所有草案的版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="302"/>
        <source>Unticked: the versions of the current draft and those it was made from</source>
        <translation>未勾选时：仅显示当前草案及其来源的版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="303"/>
        <location filename="../../workbench/ui/versions_panel.py" line="476"/>
        <source>Save version…</source>
        <translation>保存版本…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="304"/>
        <source>Open as draft</source>
        <translation>作为草案打开</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="305"/>
        <source>Restore into current draft</source>
        <translation>恢复到当前草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="306"/>
        <source>New proposal…</source>
        <translation>新提案…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="307"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="308"/>
        <source>Compare two selected versions, or one with the current draft</source>
        <translation>比较所选的两个版本，或将一个版本与当前草案比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="309"/>
        <source>Import proposal…</source>
        <translation>导入提案…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="310"/>
        <source>A proposal received as a Word or Akoma Ntoso file, linked to the version it was drafted on and to its party</source>
        <translation>以Word或Akoma Ntoso文件收到的提案，与其所依据的版本及提出方相关联</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="314"/>
        <location filename="../../workbench/ui/versions_panel.py" line="426"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="477"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_restore.py" line="34"/>
        <source>Restore version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_restore.py" line="36"/>
        <source>Replace the whole text of the draft “{0}” with version “{1}”?</source>
        <translation>用版本“{1}”替换草案“{0}”的全部文本？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_restore.py" line="38"/>
        <source>Edit ▸ Undo brings the present text back.</source>
        <translation>“编辑 ▸ 撤销”可恢复现有文本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_restore.py" line="39"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_restore.py" line="40"/>
        <location filename="../../workbench/ui/versions_restore.py" line="49"/>
        <source>Open as new draft</source>
        <translation>作为新草案打开</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_restore.py" line="44"/>
        <source>Version “{0}” belongs to another draft{1}. Open it as a new draft?</source>
        <translation>版本“{0}”属于另一草案{1}。是否作为新草案打开？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_restore.py" line="46"/>
        <source>The current draft “{0}” and the other draft stay as they are.</source>
        <translation>当前草案“{0}”和另一草案均保持不变。</translation>
    </message>
</context>
<context>
    <name>ViewTools</name>
    <message>
        <location filename="../../workbench/ui/view_tools.py" line="24"/>
        <source>Shown in its own window (Esc brings it back).</source>
        <translation>已在单独的窗口中显示（按 Esc 返回）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/view_tools.py" line="91"/>
        <location filename="../../workbench/ui/view_tools.py" line="94"/>
        <source>Full window</source>
        <translation>全窗口</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/view_tools.py" line="92"/>
        <source>Show this panel in a window of its own (F11; Esc brings it back). Ctrl+wheel, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits.</source>
        <translation>在单独的窗口中显示此面板（F11；按 Esc 返回）。Ctrl+滚轮、Ctrl++ 和 Ctrl+- 缩放，Ctrl+0 适应窗口。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/view_tools.py" line="94"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/view_tools.py" line="94"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/view_tools.py" line="94"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../workbench/ui/launch.py" line="75"/>
        <source>Treaty Workbench</source>
        <extracomment>The signals that close the window as Quit does (those the platform has).</extracomment>
        <translation>条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/launch.py" line="76"/>
        <source>The workspace cannot be opened:
{0}</source>
        <translation>无法打开工作区：
{0}</translation>
    </message>
</context>
</TS>
