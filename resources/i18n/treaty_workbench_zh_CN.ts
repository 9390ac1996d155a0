<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlternativeDialog</name>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="37"/>
        <source>Wording (English):</source>
        <translation>措辞（英文）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="38"/>
        <source>Wording (Chinese):</source>
        <translation>措辞（中文）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="39"/>
        <source>Proposed by:</source>
        <translation>提出方：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="40"/>
        <source>Supported by:</source>
        <translation>支持方：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="41"/>
        <source>Opposed by:</source>
        <translation>反对方：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="42"/>
        <source>Separate several parties with commas.</source>
        <translation>多个缔约方之间用逗号分隔。</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../workbench/ui/editor.py" line="172"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="172"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="196"/>
        <source>Chinese text (中文文本)</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="198"/>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="265"/>
        <source>Typing</source>
        <translation>输入文字</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="312"/>
        <source>No article selected</source>
        <translation>未选择条文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="313"/>
        <source>Select an article in the draft outline, or add clauses from the library (drag them, or press Enter or Ctrl+D).</source>
        <translation>请在草案大纲中选择一条，或从条款库添加条款（拖放，或按 Enter 或 Ctrl+D）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="318"/>
        <source>Recital</source>
        <translation>序言段落</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="323"/>
        <source>Preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="332"/>
        <source>From the library: {0}</source>
        <translation>出自条款库：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="335"/>
        <source>MODEL CLAUSE drafted by the workbench</source>
        <translation>示范条款：由工作台起草</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="338"/>
        <source>UNVERIFIED source text</source>
        <translation>来源文本未核实</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="367"/>
        <source>Refers to: {0}</source>
        <translation>援引：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="369"/>
        <source>Referred to by: {0}</source>
        <translation>被援引于：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="391"/>
        <source>That provision is not in this draft</source>
        <translation>该条款不在本草案中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="408"/>
        <source>Click into a paragraph first</source>
        <translation>请先点击某一款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="420"/>
        <location filename="../../workbench/ui/editor.py" line="445"/>
        <source>Add sub-paragraph</source>
        <translation>添加项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="420"/>
        <location filename="../../workbench/ui/editor.py" line="444"/>
        <source>Add paragraph</source>
        <translation>添加款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="425"/>
        <source>Click into the paragraph to remove first</source>
        <translation>请先点击要删除的款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="430"/>
        <location filename="../../workbench/ui/editor.py" line="446"/>
        <source>Remove paragraph</source>
        <translation>删除款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="442"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="443"/>
        <source>Compare with source</source>
        <translation>与来源比较</translation>
    </message>
</context>
<context>
    <name>BracketCount</name>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="277"/>
        <source>Open brackets: {0}</source>
        <translation>未决括号：{0}</translation>
    </message>
</context>
<context>
    <name>BracketsPanel</name>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="153"/>
        <source>Select an article to see its alternatives.</source>
        <translation>请选择一条以查看其备选案文。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="162"/>
        <source>the whole article</source>
        <translation>整条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="198"/>
        <source>The whole article</source>
        <translation>整条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="201"/>
        <source>Paragraph {0}</source>
        <translation>第{0}款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="204"/>
        <source>Unnumbered paragraph</source>
        <translation>无编号的款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="170"/>
        <source>words “{0}”</source>
        <translation>措辞“{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="171"/>
        <location filename="../../workbench/ui/brackets_panel.py" line="178"/>
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="171"/>
        <source>settled</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="175"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="177"/>
        <source>base text</source>
        <translation>基础文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="178"/>
        <source>agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="179"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="203"/>
        <source>Sub-paragraph {0}</source>
        <translation>第{0}项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="232"/>
        <source>Delete.</source>
        <translation>删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="261"/>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="276"/>
        <source>New alternative</source>
        <translation>新备选案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="310"/>
        <source>The proposals do not differ from this draft.</source>
        <translation>各提案与本草案没有差别。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="312"/>
        <source>Merge proposals</source>
        <translation>合并提案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="314"/>
        <source>{0} alternative(s) added.</source>
        <translation>已添加 {0} 项备选案文。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="320"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="320"/>
        <source>Proposed by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="320"/>
        <source>Supported by</source>
        <translation>支持方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="321"/>
        <source>Opposed by</source>
        <translation>反对方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="321"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="322"/>
        <source>Choose</source>
        <translation>选定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="323"/>
        <source>Make this the agreed wording (undoable)</source>
        <translation>将其定为商定措辞（可撤销）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="324"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="325"/>
        <source>Reopen</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="326"/>
        <source>Positions…</source>
        <translation>立场…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="327"/>
        <source>Alternative to:</source>
        <translation>备选案文针对：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="328"/>
        <source>Add alternative…</source>
        <translation>添加备选案文…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="329"/>
        <source>Merge proposals…</source>
        <translation>合并提案…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="332"/>
        <location filename="../../workbench/ui/versions_panel.py" line="294"/>
        <source>Alternatives</source>
        <translation>备选案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="181"/>
        <source>not chosen</source>
        <translation>未选用</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="145"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="207"/>
        <source>The check failed: {0}</source>
        <translation>检查失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="219"/>
        <source>No draft</source>
        <translation>没有草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="224"/>
        <source>&lt;b&gt;Ideal-treaty score: {0} / 100&lt;/b&gt;</source>
        <translation>&lt;b&gt;理想条约得分：{0} / 100&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="225"/>
        <source>{0} articles · {1} ms</source>
        <translation>{0} 条 · {1} 毫秒</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="252"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="260"/>
        <source>Suggestion: {0}</source>
        <translation>建议：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="262"/>
        <source>[unverified]</source>
        <translation>[未核实]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="267"/>
        <source>Add to draft</source>
        <translation>添加到草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="275"/>
        <source>Closing formula</source>
        <translation>结尾语</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="316"/>
        <location filename="../../workbench/ui/impact_dialog.py" line="16"/>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="316"/>
        <location filename="../../workbench/ui/impact_dialog.py" line="17"/>
        <source>partial</source>
        <translation>部分满足</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="316"/>
        <location filename="../../workbench/ui/impact_dialog.py" line="18"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="317"/>
        <location filename="../../workbench/ui/impact_dialog.py" line="19"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="350"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="362"/>
        <source>Suggested clauses</source>
        <translation>建议条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="369"/>
        <source>Why it matters:</source>
        <translation>理由（英文说明）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="369"/>
        <source>Seed:</source>
        <translation>参考文献：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="390"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="390"/>
        <source>Verdict</source>
        <translation>评定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="393"/>
        <location filename="../../workbench/ui/checker_install.py" line="149"/>
        <source>Ideal-treaty check</source>
        <translation>理想条约检查</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="394"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/check_panel.py" line="395"/>
        <source>Run the ideal-treaty check on the current draft now</source>
        <translation>立即对当前草案进行理想条约检查</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="123"/>
        <source>Check the draft now</source>
        <translation>立即检查草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="124"/>
        <source>Export check report (.docx)…</source>
        <translation>导出检查报告（.docx）…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="184"/>
        <source>There is no check report yet.</source>
        <translation>尚无检查报告。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="187"/>
        <source>Export check report</source>
        <translation>导出检查报告</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="188"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档（*.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="197"/>
        <source>Check report written to {0}</source>
        <translation>检查报告已写入 {0}</translation>
    </message>
</context>
<context>
    <name>ClausePreview</name>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="24"/>
        <source>UNVERIFIED — the {0} text has not been checked against an official copy</source>
        <translation>未核实——{0}文本尚未与正式文本核对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="30"/>
        <source>MODEL CLAUSE — drafted by the workbench, not taken from any treaty</source>
        <translation>示范条款——由工作台起草，并非取自任何条约</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="63"/>
        <source>Preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="66"/>
        <source>Article {0}</source>
        <translation>第{0}条</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="67"/>
        <source>Item {0}</source>
        <translation>第{0}项</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="68"/>
        <source>Principle {0}</source>
        <translation>原则{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="69"/>
        <source>Paragraph {0}</source>
        <translation>第{0}段</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="70"/>
        <source>Recital {0}</source>
        <translation>序言第{0}段</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="76"/>
        <source>official text pasted and verified</source>
        <translation>已粘贴正式文本并标为已核实</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="77"/>
        <source>verification undone</source>
        <translation>已撤销核实</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="78"/>
        <source>verification redone</source>
        <translation>已重做核实</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="87"/>
        <source>{0}, {1}</source>
        <translation>{0}{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="102"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="104"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="106"/>
        <source>INCOMPLETE — only part of this provision is in the library</source>
        <translation>不完整——条款库只收录了该条款的一部分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="112"/>
        <source>Instrument</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="114"/>
        <source>(unofficial title)</source>
        <translation>（非正式标题）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="116"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="123"/>
        <source>Provision</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="126"/>
        <source>Official text</source>
        <translation>正式文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="128"/>
        <source>{0} on {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="129"/>
        <source>Verified by</source>
        <translation>核实人</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="130"/>
        <source>Clause id</source>
        <translation>条款标识</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="132"/>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="135"/>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="138"/>
        <source>No official Chinese text of this provision is in the library.</source>
        <translation>条款库中没有该条款的正式中文文本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="141"/>
        <source>Provenance</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="145"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="149"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/clause_preview.py" line="154"/>
        <source>History of this clause</source>
        <translation>本条款的修改记录</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="148"/>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="149"/>
        <source>Draft: {0}</source>
        <translation>草案：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="152"/>
        <source>Version: {0}</source>
        <translation>版本：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="153"/>
        <source>File (.docx, Akoma Ntoso)…</source>
        <translation>文件（.docx、Akoma Ntoso）…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="185"/>
        <source>Compare with a file</source>
        <translation>与文件比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="186"/>
        <source>Word or Akoma Ntoso (*.docx *.xml)</source>
        <translation>Word 或 Akoma Ntoso（*.docx *.xml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="207"/>
        <source>Choose the two texts to compare.</source>
        <translation>请选择要比较的两个文本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="216"/>
        <source>The texts cannot be compared: {0}</source>
        <translation>无法比较这两个文本：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="232"/>
        <source>{0} added, {1} deleted, {2} moved, {3} modified articles; renumbering is not shown as a change.</source>
        <translation>新增 {0} 条，删除 {1} 条，移动 {2} 条，修改 {3} 条；重新编号不计为改动。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="250"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="250"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="250"/>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="251"/>
        <source>modified</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="253"/>
        <source>Preamble {0}</source>
        <translation>序言 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="258"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="291"/>
        <source>(not in this text)</source>
        <translation>（不在此文本中）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="302"/>
        <source> (moved to {0})</source>
        <translation>（移至{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="303"/>
        <source> (moved from {0})</source>
        <translation>（移自{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="377"/>
        <source>Save redline</source>
        <translation>保存修订对照稿</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="378"/>
        <location filename="../../workbench/ui/compare_view.py" line="390"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档（*.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="389"/>
        <source>Save comparison table</source>
        <translation>保存对照表</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="400"/>
        <source>{0} could not be written: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="403"/>
        <source>Written: {0}</source>
        <translation>已写入：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="408"/>
        <source>Old:</source>
        <translation>旧文本：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="409"/>
        <source>New:</source>
        <translation>新文本：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="410"/>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="411"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="412"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="413"/>
        <source>The language of the texts compared</source>
        <translation>所比较文本的语言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="414"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="415"/>
        <location filename="../../workbench/ui/compare_view.py" line="422"/>
        <source>Previous change</source>
        <translation>上一处改动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="416"/>
        <location filename="../../workbench/ui/compare_view.py" line="421"/>
        <source>Next change</source>
        <translation>下一处改动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="417"/>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="418"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="419"/>
        <source>Redline .docx…</source>
        <translation>修订对照稿 .docx…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="420"/>
        <source>Table .docx…</source>
        <translation>对照表 .docx…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="424"/>
        <source>Choose two texts and press Compare.</source>
        <translation>选择两个文本，然后点击“比较”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/compare_view.py" line="427"/>
        <location filename="../../workbench/ui/versions_panel.py" line="296"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="67"/>
        <source>The library clause {0} this article was copied from is no longer in the library.</source>
        <translation>本条所复制的条款 {0} 已不在条款库中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="70"/>
        <source>This article was written in the draft; it has no library source.</source>
        <translation>本条是在草案中撰写的，没有条款库来源。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="76"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="77"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="85"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="86"/>
        <source>unchanged</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="89"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="90"/>
        <source>inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/diff_view.py" line="91"/>
        <source>compared with {0}</source>
        <translation>与 {0} 比较</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="76"/>
        <source>Export draft</source>
        <translation>导出草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="77"/>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="78"/>
        <source>Akoma Ntoso XML (.xml)</source>
        <translation>Akoma Ntoso XML（.xml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="79"/>
        <source>Current text</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="80"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="80"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="81"/>
        <source>Both, in parallel columns</source>
        <translation>中英文对照（并列两栏）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="83"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="83"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="84"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="84"/>
        <source>Status line:</source>
        <translation>状态说明：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="85"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="85"/>
        <source>Confidentiality:</source>
        <translation>密级：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="86"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="89"/>
        <source>e.g. Draft — Rev.2</source>
        <translation>例如：草案——修订稿2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="90"/>
        <source>e.g. Restricted (leave empty for none)</source>
        <translation>例如：限制分发（不需要则留空）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="91"/>
        <source>Footnotes giving each article&apos;s source</source>
        <translation>以脚注注明每条的来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="92"/>
        <source>Line numbers</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="93"/>
        <source>Compilation text: alternatives as [Option 1 | Option 2]</source>
        <translation>汇编文本：备选案文显示为 [选项1 | 选项2]</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="94"/>
        <source>Page numbers in the contents (lays out with LibreOffice)</source>
        <translation>目录中的页码（用 LibreOffice 排版）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="95"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="116"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档（*.docx）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="116"/>
        <source>Akoma Ntoso XML (*.xml)</source>
        <translation>Akoma Ntoso XML（*.xml）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="117"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="160"/>
        <source>Exported “{0}” to {1} ({2} kB)</source>
        <translation>已将“{0}”导出到 {1}（{2} kB）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="169"/>
        <source>Open a draft first: there is nothing to export.</source>
        <translation>请先打开一份草案：目前没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="181"/>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="187"/>
        <source>The export failed: {0}
No file was changed.</source>
        <translation>导出失败：{0}
未改动任何文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="194"/>
        <source>Import a draft</source>
        <translation>导入草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="195"/>
        <source>Drafts (*.docx *.xml *.akn);;All files (*)</source>
        <translation>草案（*.docx *.xml *.akn）;;所有文件（*）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="208"/>
        <source>Could not import {0}:
{1}</source>
        <translation>无法导入 {0}：
{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="214"/>
        <source>Imported “{0}”: {1} articles, {2} chapters, {3} recitals.</source>
        <translation>已导入“{0}”：{1} 条，{2} 章，序言 {3} 段。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="218"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="222"/>
        <source>Not everything could be mapped; see the details.</source>
        <translation>部分内容未能对应转换，详见说明。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="249"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/export_dialog.py" line="250"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="341"/>
        <source>{0} “depends on” lines are not drawn: too many to read. References, conflicts and broken dependencies are all shown.</source>
        <translation>有 {0} 条“依赖于”连线未绘出：数量过多，无法阅读。引用、冲突和断开的依赖均已全部显示。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="355"/>
        <source>Colour articles by:</source>
        <translation>条文着色依据：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="356"/>
        <source>chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="357"/>
        <source>verdict</source>
        <translation>评定</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/checker_install.py" line="151"/>
        <location filename="../../workbench/ui/graph_view.py" line="361"/>
        <source>Dependency graph</source>
        <translation>依赖关系图</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="151"/>
        <source>Broken dependency: {0}</source>
        <translation>依赖缺失：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="196"/>
        <source>No chapter</source>
        <translation>不属于任何章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="199"/>
        <source>Ch. {0}</source>
        <translation>第{0}章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="292"/>
        <source>refers to</source>
        <translation>援引</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="292"/>
        <source>depends on</source>
        <translation>依赖</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="293"/>
        <source>conflicts with</source>
        <translation>相互冲突</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="293"/>
        <source>alternative to</source>
        <translation>互为备选案文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="294"/>
        <source>broken dependency</source>
        <translation>依赖缺失</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="283"/>
        <source>strength</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="283"/>
        <source>weakness (partial)</source>
        <translation>不足（部分满足）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="284"/>
        <source>weakness (missing)</source>
        <translation>不足（缺失）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/graph_view.py" line="284"/>
        <source>broken</source>
        <translation>依赖缺失</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="36"/>
        <source>These articles rely on it:</source>
        <translation>以下各条依赖本条：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="43"/>
        <source>Ideal-treaty criteria that would get worse:</source>
        <translation>评定将会降低的理想条约标准：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="50"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>可用“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="99"/>
        <source>Remove Article {0}?</source>
        <extracomment>Replaced by tests (and by drafters&apos; preferences) to answer without a modal dialog.</extracomment>
        <translation>删除第{0}条？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/impact_dialog.py" line="100"/>
        <source>Removing Article {0} ({1}) would break %n thing(s).</source>
        <translation>
            <numerusform>删除第{0}条（{1}）将影响 %n 处内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="103"/>
        <source>Remove anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="120"/>
        <source>Move Article {0}?</source>
        <translation>移动第{0}条？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/impact_dialog.py" line="121"/>
        <source>Moving Article {0} ({1}) to position {2} would affect %n thing(s).</source>
        <translation>
            <numerusform>将第{0}条（{1}）移至第{2}条的位置将影响 %n 处内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/impact_dialog.py" line="125"/>
        <source>Move anyway</source>
        <translation>仍然移动</translation>
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
        <location filename="../../workbench/ui/library_model.py" line="277"/>
        <source>UNVERIFIED text</source>
        <translation>文本未核实</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="157"/>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="158"/>
        <source>Unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="168"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="169"/>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="170"/>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/library_panel.py" line="230"/>
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n 项条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="258"/>
        <source>Select a clause to read its text, its Chinese text where one exists, and where it comes from. Drag clauses into the draft outline, or press Enter or Ctrl+D to add them.</source>
        <translation>选择一项条款，即可阅读其文本、中文文本（如有）及出处。可将条款拖入草案大纲，或按 Enter 或 Ctrl+D 添加。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="284"/>
        <source>Copied the address {0} to the clipboard</source>
        <translation>已将网址 {0} 复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="298"/>
        <source>Select a clause in the library first</source>
        <translation>请先在条款库中选择一项条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="317"/>
        <source>Search the library (English or 中文)…</source>
        <translation>搜索条款库（英文或中文）…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="318"/>
        <source>Words are matched as you type; &quot;quoted phrases&quot; match exactly</source>
        <translation>输入时即时匹配；加引号的短语精确匹配</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="319"/>
        <source>Add to draft</source>
        <translation>添加到草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="320"/>
        <source>Add the selected clauses to the draft (Enter, Ctrl+D, or drag)</source>
        <translation>将所选条款添加到草案（Enter、Ctrl+D 或拖放）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="321"/>
        <source>Paste official text…</source>
        <translation>粘贴正式文本…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="322"/>
        <source>Replace unverified text by the official text and mark it verified</source>
        <translation>用正式文本替换未核实文本，并标为已核实</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="323"/>
        <source>Show clauses of one source only</source>
        <translation>只显示某一来源的条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="324"/>
        <source>Show clauses on one topic only</source>
        <translation>只显示某一主题的条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/library_panel.py" line="325"/>
        <source>Show verified or unverified clauses only</source>
        <translation>只显示已核实或未核实的条款</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main.py" line="168"/>
        <source>There is no draft open.</source>
        <translation>没有打开的草案。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="232"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="233"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="234"/>
        <source>&amp;Draft</source>
        <translation>草案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="235"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="236"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="237"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="238"/>
        <source>&amp;New draft…</source>
        <translation>新建草案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="239"/>
        <source>New &amp;workspace…</source>
        <translation>新建工作区(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="240"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="241"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="242"/>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="243"/>
        <source>Re&amp;name draft…</source>
        <translation>重命名草案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="244"/>
        <source>&amp;Delete draft…</source>
        <translation>删除草案(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="245"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="246"/>
        <source>&amp;Find in library</source>
        <translation>在条款库中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="247"/>
        <source>&amp;Add selected clauses to draft</source>
        <translation>将所选条款添加到草案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="248"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="249"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="252"/>
        <source>&amp;Paste official text and mark verified…</source>
        <translation>粘贴正式文本并标为已核实(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="253"/>
        <source>&amp;About Treaty Workbench</source>
        <translation>关于条约工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="254"/>
        <source>Library</source>
        <translation>条款库</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="255"/>
        <source>Draft outline</source>
        <translation>草案大纲</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="256"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="257"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="270"/>
        <source>The translation for {0} is missing; the interface stays in English.</source>
        <translation>缺少{0}的译文，界面仍使用英文。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="284"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销(&amp;U) {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="285"/>
        <source>&amp;Redo {0}</source>
        <translation>重做(&amp;R) {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="293"/>
        <source>{0} — {1} — Treaty Workbench</source>
        <translation>{0} — {1} — 条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="294"/>
        <source>{0} — Treaty Workbench</source>
        <translation>{0} — 条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="295"/>
        <source>Every change is saved in {0}</source>
        <translation>每次修改都已保存在 {0} 中</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="305"/>
        <source>Treaty Workbench</source>
        <translation>条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="381"/>
        <location filename="../../workbench/ui/main.py" line="385"/>
        <source>Rename draft</source>
        <translation>重命名草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="391"/>
        <source>Delete the draft “{0}” and its saved versions? This cannot be undone.</source>
        <translation>删除草案“{0}”及其已保存的版本？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="406"/>
        <source>Create a draft first (File ▸ New draft).</source>
        <translation>请先新建草案（文件 ▸ 新建草案）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="410"/>
        <source>The library has no clause {0}.</source>
        <translation>条款库中没有条款 {0}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main.py" line="418"/>
        <source>Add %n clause(s)</source>
        <translation>
            <numerusform>添加 %n 项条款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main.py" line="423"/>
        <source>Added %n clause(s) to the draft</source>
        <translation>
            <numerusform>已向草案添加 %n 项条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="444"/>
        <source>Select a clause in the library first</source>
        <translation>请先在条款库中选择一项条款</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="453"/>
        <source>Verify {0}</source>
        <translation>核实 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="33"/>
        <source>The clause library could not be updated; the workspace keeps its earlier copy.</source>
        <translation>无法更新条款库；工作区保留原有的条款库副本。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="77"/>
        <source>Treaty Workbench workspaces (*{0});;All files (*)</source>
        <translation>条约工作台工作区（*{0}）;;所有文件（*）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="103"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="109"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="125"/>
        <source>(no other recent workspaces)</source>
        <translation>（没有其他最近使用的工作区）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="135"/>
        <source>Saved a copy as {0}</source>
        <translation>已将副本保存为 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/workspace_files.py" line="139"/>
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="456"/>
        <source>About Treaty Workbench</source>
        <translation>关于条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="457"/>
        <source>Treaty Workbench builds an international AI treaty from verbatim clauses of existing instruments. Every change is saved in the workspace file as it is made.</source>
        <translation>条约工作台利用现有文书的原文条款起草国际人工智能条约。每次修改都会立即保存在工作区文件中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/window_state.py" line="87"/>
        <source>Draft AI treaty</source>
        <translation>人工智能条约草案</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="55"/>
        <source>Merge proposals</source>
        <translation>合并提案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="59"/>
        <source>Draft: {0}</source>
        <translation>草案：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="66"/>
        <source>Version: {0}</source>
        <translation>版本：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brackets_panel.py" line="72"/>
        <source>Each checked proposal&apos;s differences from the current draft become alternatives attributed to its party.</source>
        <translation>每个勾选的提案与当前草案的差别将成为备选案文，并注明提出方。</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="27"/>
        <source>New draft</source>
        <translation>新建草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="29"/>
        <source>Draft treaty on artificial intelligence</source>
        <translation>人工智能条约草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="33"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="34"/>
        <source>Empty draft</source>
        <translation>空白草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="35"/>
        <source>From a treaty skeleton:</source>
        <translation>基于条约框架：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="36"/>
        <source>From a whole source instrument:</source>
        <translation>基于一项完整的来源文书：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="61"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="62"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="87"/>
        <source>The draft reproduces the instrument&apos;s preamble, chapters and articles as they are in the library.</source>
        <translation>草案按条款库中的内容复制该文书的序言、各章和各条。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="90"/>
        <source>The draft starts with no text; add clauses from the library.</source>
        <translation>草案从空白开始；请从条款库添加条款。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="94"/>
        <source>Untitled draft</source>
        <translation>未命名草案</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="228"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="228"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="249"/>
        <source>Preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="287"/>
        <source>From the library: {0}</source>
        <translation>出自条款库：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="289"/>
        <source>UNVERIFIED: the source text has not been checked against an official copy</source>
        <translation>未核实：来源文本尚未与正式文本核对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="291"/>
        <source>Suggested topics: {0}</source>
        <translation>建议主题：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="310"/>
        <source>Rename {0}</source>
        <translation>重命名 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="363"/>
        <source>the library has no clause {0}</source>
        <translation>条款库中没有条款 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/outline_model.py" line="367"/>
        <source>Add %n clause(s)</source>
        <translation>
            <numerusform>添加 %n 项条款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_model.py" line="372"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>OutlineOps</name>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="88"/>
        <source>A chapter cannot be placed there.</source>
        <extracomment>Nodes shown in the outline under each kind of parent (&quot;root&quot; = the draft&apos;s top level).</extracomment>
        <translation>章不能放在该处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="89"/>
        <source>An article cannot be placed there.</source>
        <translation>条不能放在该处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="90"/>
        <source>A recital cannot be placed there.</source>
        <translation>序言段落不能放在该处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="91"/>
        <source>This element cannot be placed there.</source>
        <translation>该要素不能放在该处。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="101"/>
        <source>Chapters, articles and recitals cannot be moved together.</source>
        <translation>章、条和序言段落不能一起移动。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_ops.py" line="115"/>
        <source>An element cannot be moved into itself.</source>
        <translation>要素不能移入其自身。</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="45"/>
        <source>Treaty Workbench</source>
        <translation>条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="173"/>
        <source>Add chapter</source>
        <translation>添加章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="181"/>
        <location filename="../../workbench/ui/outline_view.py" line="184"/>
        <source>New chapter</source>
        <translation>新章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="192"/>
        <location filename="../../workbench/ui/outline_view.py" line="198"/>
        <location filename="../../workbench/ui/outline_view.py" line="232"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/outline_view.py" line="208"/>
        <source>Remove this chapter and its %n article(s)?</source>
        <translation>
            <numerusform>删除这一章及其 %n 条？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="209"/>
        <source>Remove the preamble and its recitals?</source>
        <translation>删除序言及其各段？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="210"/>
        <source>(Edit ▸ Undo brings it back.)</source>
        <translation>（可用“编辑 ▸ 撤销”恢复。）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="213"/>
        <source>Remove {0}</source>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="221"/>
        <location filename="../../workbench/ui/outline_view.py" line="234"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="221"/>
        <location filename="../../workbench/ui/outline_view.py" line="236"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="226"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="227"/>
        <source>Create a new draft</source>
        <translation>新建草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="228"/>
        <source>The draft shown; a workspace can hold several drafts</source>
        <translation>当前显示的草案；一个工作区可包含多份草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="229"/>
        <source>Add chapter…</source>
        <translation>添加章…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="230"/>
        <source>+ Chapter</source>
        <translation>+ 章</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="231"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/outline_view.py" line="233"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="39"/>
        <source>Treaty Workbench</source>
        <translation>条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="40"/>
        <source>The workspace cannot be opened:
{0}</source>
        <translation>无法打开工作区：
{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="43"/>
        <source>A backup of {0} from {1} exists. Restore it? The damaged file is kept beside it under a new name.</source>
        <translation>{0} 有一个 {1} 的备份。是否恢复该备份？损坏的文件将以新名称保留在原位置。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="46"/>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/recovery.py" line="71"/>
        <source>The workspace could not be opened, so its backup from {0} was restored. The damaged file is kept as {1}.</source>
        <translation>无法打开该工作区，已恢复其 {0} 的备份。损坏的文件保留为 {1}。</translation>
    </message>
</context>
<context>
    <name>RefTextEdit</name>
    <message>
        <location filename="../../workbench/ui/ref_text.py" line="235"/>
        <source>Cross-reference to {0}; Ctrl+click to go there</source>
        <extracomment>(target, number_only) -&gt; (label shown, resolved in the draft?)</extracomment>
        <translation>援引{0}；按住 Ctrl 点击可跳转</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/ref_text.py" line="236"/>
        <source>Cross-reference to a provision that is not in this draft: {0}</source>
        <translation>援引的条款不在本草案中：{0}</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="32"/>
        <source>Save version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="34"/>
        <source>e.g. Chair&apos;s text Rev.1</source>
        <translation>例如：主席案文修订稿1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="40"/>
        <source>Label:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="41"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="42"/>
        <source>Party (delegation):</source>
        <translation>缔约方（代表团）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="43"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="52"/>
        <source>A version needs a label.</source>
        <translation>版本需要一个名称。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../workbench/ui/session.py" line="79"/>
        <location filename="../../workbench/ui/session.py" line="98"/>
        <source>{0}
The draft has been reloaded from the workspace.</source>
        <extracomment>What can go wrong when an edit is applied or stored, reported to the drafter as a message.</extracomment>
        <translation>{0}
已从工作区重新载入草案。</translation>
    </message>
</context>
<context>
    <name>TitlesDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="117"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="118"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="143"/>
        <source>Paste official text — {0}</source>
        <translation>粘贴正式文本——{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="144"/>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="145"/>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="165"/>
        <source>I have compared this text word for word with an official copy</source>
        <translation>我已逐字将此文本与正式文本核对</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="169"/>
        <source>Paste the official text of each paragraph. The clause will be marked verified, with your name and the time; the change can be undone and stays in the clause&apos;s history.</source>
        <translation>请粘贴每一款的正式文本。条款将标为已核实，并记录您的姓名和时间；此修改可以撤销，并保留在条款的修改记录中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="177"/>
        <source>Verified by</source>
        <translation>核实人</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="204"/>
        <source>Confirm that you compared the text with an official copy.</source>
        <translation>请确认您已将文本与正式文本核对。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="207"/>
        <source>Give the name of the person who verified the text.</source>
        <translation>请填写核实文本的人员姓名。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs.py" line="212"/>
        <source>Paste the official text first.</source>
        <translation>请先粘贴正式文本。</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="168"/>
        <source>Saved version “{0}”.</source>
        <translation>已保存版本“{0}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="180"/>
        <source>{0} (from version “{1}”)</source>
        <translation>{0}（来自版本“{1}”）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="195"/>
        <source>Restore version “{0}”</source>
        <translation>恢复版本“{0}”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="203"/>
        <source>New proposal</source>
        <translation>新提案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="204"/>
        <source>Party making the proposal:</source>
        <translation>提出提案的缔约方：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="238"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="238"/>
        <source>Party / author</source>
        <translation>缔约方／作者</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="238"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="238"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="239"/>
        <location filename="../../workbench/ui/versions_panel.py" line="249"/>
        <source>Save version…</source>
        <translation>保存版本…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="240"/>
        <source>Open as draft</source>
        <translation>作为草案打开</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="241"/>
        <source>Restore into current draft</source>
        <translation>恢复到当前草案</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="242"/>
        <source>New proposal…</source>
        <translation>新提案…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="243"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="244"/>
        <source>Compare two selected versions, or one with the current draft</source>
        <translation>比较所选的两个版本，或将一个版本与当前草案比较</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="247"/>
        <location filename="../../workbench/ui/versions_panel.py" line="292"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/versions_panel.py" line="249"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../workbench/ui/main.py" line="491"/>
        <source>Treaty Workbench</source>
        <translation>条约工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main.py" line="492"/>
        <source>The workspace cannot be opened:
{0}</source>
        <translation>无法打开工作区：
{0}</translation>
    </message>
</context>
</TS>
