<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AlternativeDialog</name>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="37" />
            <source>Wording (English):</source>
            <translation>措辞（英文）：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="38" />
            <source>Wording (Chinese):</source>
            <translation>措辞（中文）：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="39" />
            <source>Proposed by:</source>
            <translation>提出方：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="40" />
            <source>Supported by:</source>
            <translation>支持方：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="41" />
            <source>Opposed by:</source>
            <translation>反对方：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="42" />
            <source>Separate several parties with commas.</source>
            <translation>多个缔约方之间用逗号分隔。</translation>
        </message>
    </context>
    <context>
        <name>ArticleEditor</name>
        <message>
            <location filename="../../workbench/ui/editor.py" line="172" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="172" />
            <source>Chinese title</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="196" />
            <source>Chinese text (中文文本)</source>
            <translation>中文文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="198" />
            <source>English text</source>
            <translation>英文文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="265" />
            <source>Typing</source>
            <translation>输入文字</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="312" />
            <source>No article selected</source>
            <translation>未选择条文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="313" />
            <source>Select an article in the draft outline, or add clauses from the library (drag them, or press Enter or Ctrl+D).</source>
            <translation>请在草案大纲中选择一条，或从条款库添加条款（拖放，或按 Enter 或 Ctrl+D）。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="318" />
            <source>Recital</source>
            <translation>序言段落</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="323" />
            <source>Preamble</source>
            <translation>序言</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="332" />
            <source>From the library: {0}</source>
            <translation>出自条款库：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="335" />
            <source>MODEL CLAUSE drafted by the workbench</source>
            <translation>示范条款：由工作台起草</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="338" />
            <source>UNVERIFIED source text</source>
            <translation>来源文本未核实</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="365" />
            <source>Refers to: {0}</source>
            <translation>援引：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="367" />
            <source>Referred to by: {0}</source>
            <translation>被援引于：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="389" />
            <source>That provision is not in this draft</source>
            <translation>该条款不在本草案中</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="406" />
            <source>Click into a paragraph first</source>
            <translation>请先点击一个款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="418" />
            <location filename="../../workbench/ui/editor.py" line="443" />
            <source>Add sub-paragraph</source>
            <translation>添加项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="418" />
            <location filename="../../workbench/ui/editor.py" line="442" />
            <source>Add paragraph</source>
            <translation>添加款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="423" />
            <source>Click into the paragraph to remove first</source>
            <translation>请先点击要删除的款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="428" />
            <location filename="../../workbench/ui/editor.py" line="444" />
            <source>Remove paragraph</source>
            <translation>删除款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="440" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/editor.py" line="441" />
            <source>Compare with source</source>
            <translation>与来源比较</translation>
        </message>
    </context>
    <context>
        <name>BracketCount</name>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="277" />
            <source>Open brackets: {0}</source>
            <translation>未决括号：{0}</translation>
        </message>
    </context>
    <context>
        <name>BracketsPanel</name>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="153" />
            <source>Select an article to see its alternatives.</source>
            <translation>请选择一条以查看其备选案文。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="158" />
            <source>the whole article</source>
            <translation>整条</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="160" />
            <source>(unnumbered)</source>
            <translation>（无编号）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="161" />
            <source>paragraph {0}</source>
            <translation>第{0}款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="164" />
            <source>The whole article</source>
            <translation>整条</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="165" />
            <source>Paragraph {0}</source>
            <translation>第{0}款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="166" />
            <source>Unnumbered paragraph</source>
            <translation>无编号的款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="168" />
            <source>words “{0}”</source>
            <translation>措辞“{0}”</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="169" />
            <location filename="../../workbench/ui/brackets_panel.py" line="176" />
            <source>open</source>
            <translation>未决</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="169" />
            <source>settled</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="173" />
            <source>delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="175" />
            <source>base text</source>
            <translation>基础文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="176" />
            <source>agreed</source>
            <translation>已商定</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="177" />
            <source>withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="214" />
            <source>Delete.</source>
            <translation>删除。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="244" />
            <source>Positions</source>
            <translation>立场</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="259" />
            <source>New alternative</source>
            <translation>新备选案文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="293" />
            <source>The proposals do not differ from this draft.</source>
            <translation>各提案与本草案没有差别。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="295" />
            <source>Merge proposals</source>
            <translation>合并提案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="297" />
            <source>{0} alternative(s) added.</source>
            <translation>已添加 {0} 项备选案文。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="303" />
            <source>Option</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="303" />
            <source>Proposed by</source>
            <translation>提出方</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="303" />
            <source>Supported by</source>
            <translation>支持方</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="304" />
            <source>Opposed by</source>
            <translation>反对方</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="304" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="305" />
            <source>Choose</source>
            <translation>选定</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="306" />
            <source>Make this the agreed wording (undoable)</source>
            <translation>将其定为商定措辞（可撤销）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="307" />
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="308" />
            <source>Reopen</source>
            <translation>重新开启</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="309" />
            <source>Positions…</source>
            <translation>立场…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="310" />
            <source>Alternative to:</source>
            <translation>备选对象：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="311" />
            <source>Add alternative…</source>
            <translation>添加备选案文…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="312" />
            <source>Merge proposals…</source>
            <translation>合并提案…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="315" />
            <source>Alternatives</source>
            <translation>备选案文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="179" />
            <source>not chosen</source>
            <translation>未选用</translation>
        </message>
    </context>
    <context>
        <name>CheckPanel</name>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="118" />
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="155" />
            <source>The check failed: {0}</source>
            <translation>检查失败：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="167" />
            <source>No draft</source>
            <translation>没有草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="172" />
            <source>&lt;b&gt;Ideal-treaty score: {0} / 100&lt;/b&gt;</source>
            <translation>&lt;b&gt;理想条约得分：{0} / 100&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="173" />
            <source>{0} articles · {1} ms</source>
            <translation>{0} 条 · {1} 毫秒</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="199" />
            <source>problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="207" />
            <source>Suggestion: {0}</source>
            <translation>建议：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="209" />
            <source>[unverified]</source>
            <translation>[未核实]</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="214" />
            <source>Add to draft</source>
            <translation>添加到草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="232" />
            <source>met</source>
            <translation>满足</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="232" />
            <source>partial</source>
            <translation>部分满足</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="232" />
            <source>missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="233" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="303" />
            <source>Criterion</source>
            <translation>标准</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="303" />
            <source>Verdict</source>
            <translation>评定</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="304" />
            <source>Check again</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/check_panel.py" line="305" />
            <source>Run the ideal-treaty check on the current draft now</source>
            <translation>立即对当前草案进行理想条约检查</translation>
        </message>
    </context>
    <context>
        <name>ClausePreview</name>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="24" />
            <source>UNVERIFIED — the {0} text has not been checked against an official copy</source>
            <translation>未核实——{0}文本尚未与正式文本核对</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="30" />
            <source>MODEL CLAUSE — drafted by the workbench, not taken from any treaty</source>
            <translation>示范条款——由工作台起草，并非取自任何条约</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="63" />
            <source>Preamble</source>
            <translation>序言</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="66" />
            <source>Article {0}</source>
            <translation>第{0}条</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="67" />
            <source>Item {0}</source>
            <translation>第{0}项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="68" />
            <source>Principle {0}</source>
            <translation>原则{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="69" />
            <source>Paragraph {0}</source>
            <translation>第{0}款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="70" />
            <source>Recital {0}</source>
            <translation>序言第{0}段</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="79" />
            <source>{0}, {1}</source>
            <translation>{0}{1}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="93" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="95" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="97" />
            <source>INCOMPLETE — only part of this provision is in the library</source>
            <translation>不完整——条款库只收录了该条款的一部分</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="103" />
            <source>Instrument</source>
            <translation>文书</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="105" />
            <source>(unofficial title)</source>
            <translation>（非正式标题）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="107" />
            <source>Chinese title</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="114" />
            <source>Provision</source>
            <translation>条款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="117" />
            <source>Official text</source>
            <translation>正式文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="119" />
            <source>{0} on {1}</source>
            <translation>{0}，{1}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="120" />
            <source>Verified by</source>
            <translation>核实人</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="121" />
            <source>Clause id</source>
            <translation>条款标识</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="123" />
            <source>English text</source>
            <translation>英文文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="126" />
            <source>Chinese text</source>
            <translation>中文文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="129" />
            <source>No official Chinese text of this provision is in the library.</source>
            <translation>条款库中没有该条款的正式中文文本。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="132" />
            <source>Provenance</source>
            <translation>出处</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="136" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="140" />
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/clause_preview.py" line="145" />
            <source>History of this clause</source>
            <translation>本条款的修改记录</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="143" />
            <source> (current)</source>
            <translation>（当前）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="144" />
            <source>Draft: {0}</source>
            <translation>草案：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="147" />
            <source>Version: {0}</source>
            <translation>版本：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="148" />
            <source>File (.docx, Akoma Ntoso)…</source>
            <translation>文件（.docx、Akoma Ntoso）…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="177" />
            <source>Compare with a file</source>
            <translation>与文件比较</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="178" />
            <source>Word or Akoma Ntoso (*.docx *.xml)</source>
            <translation>Word 或 Akoma Ntoso（*.docx *.xml）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="199" />
            <source>Choose the two texts to compare.</source>
            <translation>请选择要比较的两个文本。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="208" />
            <source>The texts cannot be compared: {0}</source>
            <translation>无法比较这两个文本：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="224" />
            <source>{0} added, {1} deleted, {2} moved, {3} modified articles; renumbering is not shown as a change.</source>
            <translation>新增 {0} 条，删除 {1} 条，移动 {2} 条，修改 {3} 条；重新编号不计为改动。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="242" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="242" />
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="242" />
            <source>moved</source>
            <translation>移动</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="243" />
            <source>modified</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="245" />
            <source>Preamble {0}</source>
            <translation>序言 {0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="249" />
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="281" />
            <source>(not in this text)</source>
            <translation>（不在此文本中）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="290" />
            <source> (moved to {0})</source>
            <translation>（移至{0}）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="291" />
            <source> (moved from {0})</source>
            <translation>（移自{0}）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="365" />
            <source>Save redline</source>
            <translation>保存修订稿</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="366" />
            <location filename="../../workbench/ui/compare_view.py" line="378" />
            <source>Word document (*.docx)</source>
            <translation>Word 文档（*.docx）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="377" />
            <source>Save comparison table</source>
            <translation>保存对照表</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="388" />
            <source>{0} could not be written: {1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="391" />
            <source>Written: {0}</source>
            <translation>已写入：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="396" />
            <source>Old:</source>
            <translation>旧文本：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="397" />
            <source>New:</source>
            <translation>新文本：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="398" />
            <source>Text:</source>
            <translation>文本：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="399" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="400" />
            <location filename="../../workbench/ui/compare_view.py" line="407" />
            <source>Previous change</source>
            <translation>上一处改动</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="401" />
            <location filename="../../workbench/ui/compare_view.py" line="406" />
            <source>Next change</source>
            <translation>下一处改动</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="402" />
            <source>Shift+F8</source>
            <translation>Shift+F8</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="403" />
            <source>F8</source>
            <translation>F8</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="404" />
            <source>Redline .docx…</source>
            <translation>修订稿 .docx…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="405" />
            <source>Table .docx…</source>
            <translation>对照表 .docx…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="409" />
            <source>Choose two texts and press Compare.</source>
            <translation>选择两个文本，然后点击“比较”。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/compare_view.py" line="412" />
            <source>Comparison</source>
            <translation>比较</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <location filename="../../workbench/ui/diff_view.py" line="67" />
            <source>The library clause {0} this article was copied from is no longer in the library.</source>
            <translation>本条所复制的条款 {0} 已不在条款库中。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/diff_view.py" line="70" />
            <source>This article was written in the draft; it has no library source.</source>
            <translation>本条是在草案中撰写的，没有条款库来源。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/diff_view.py" line="76" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/diff_view.py" line="77" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/diff_view.py" line="85" />
            <source>changed</source>
            <translation>已修改</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/diff_view.py" line="86" />
            <source>unchanged</source>
            <translation>未修改</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/diff_view.py" line="89" />
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/diff_view.py" line="90" />
            <source>inserted</source>
            <translation>插入</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/diff_view.py" line="91" />
            <source>compared with {0}</source>
            <translation>与 {0} 比较</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="80" />
            <source>Export draft</source>
            <translation>导出草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="81" />
            <source>Word document (.docx)</source>
            <translation>Word 文档（.docx）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="82" />
            <source>Akoma Ntoso XML (.xml)</source>
            <translation>Akoma Ntoso XML（.xml）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="83" />
            <source>Current text</source>
            <translation>当前文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="84" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="84" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="85" />
            <source>Both, in parallel columns</source>
            <translation>中英文对照（并列两栏）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="87" />
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="87" />
            <source>Version:</source>
            <translation>版本：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="88" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="88" />
            <source>Status line:</source>
            <translation>状态说明：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="89" />
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="89" />
            <source>Confidentiality:</source>
            <translation>密级：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="91" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="95" />
            <source>e.g. Draft — Rev.2</source>
            <translation>例如：草案——修订2</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="96" />
            <source>e.g. Restricted (leave empty for none)</source>
            <translation>例如：限制分发（不需要则留空）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="97" />
            <source>Footnotes giving each article's source</source>
            <translation>以脚注注明每条的来源</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="98" />
            <source>Line numbers</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="99" />
            <source>Compilation text: alternatives as [Option 1 | Option 2]</source>
            <translation>汇编文本：备选案文显示为 [选项1 | 选项2]</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="100" />
            <source>Page numbers in the contents (lays out with LibreOffice)</source>
            <translation>目录中的页码（用 LibreOffice 排版）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="101" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="122" />
            <source>Word documents (*.docx)</source>
            <translation>Word 文档（*.docx）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="122" />
            <source>Akoma Ntoso XML (*.xml)</source>
            <translation>Akoma Ntoso XML（*.xml）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/export_dialog.py" line="123" />
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
    </context>
    <context>
        <name>GraphPanel</name>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="259" />
            <source>Colour articles by:</source>
            <translation>条文着色依据：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="260" />
            <source>chapter</source>
            <translation>章</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="261" />
            <source>verdict</source>
            <translation>评定</translation>
        </message>
    </context>
    <context>
        <name>GraphView</name>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="124" />
            <source>Broken dependency: {0}</source>
            <translation>依赖缺失：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="163" />
            <source>No chapter</source>
            <translation>不属于任何章</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="165" />
            <source>Ch. {0}</source>
            <translation>第{0}章</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="195" />
            <source>refers to</source>
            <translation>援引</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="195" />
            <source>depends on</source>
            <translation>依赖</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="196" />
            <source>conflicts with</source>
            <translation>冲突</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="197" />
            <source>alternative to</source>
            <translation>备选于</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="198" />
            <source>broken dependency</source>
            <translation>依赖缺失</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="211" />
            <source>strength</source>
            <translation>优势</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="211" />
            <source>weakness (partial)</source>
            <translation>不足（部分满足）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="212" />
            <source>weakness (missing)</source>
            <translation>不足（缺失）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/graph_view.py" line="212" />
            <source>broken</source>
            <translation>缺失</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../workbench/ui/i18n.py" line="35" />
            <source>System language</source>
            <extracomment>Language codes the UI can be switched to ("system" follows the system locale). Latin face first, then the Simplified Chinese face, so that Han characters are always drawn with SC glyph forms (never the Japanese fallback Qt picks without a zh locale).</extracomment>
            <translation>系统语言</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../workbench/ui/library_model.py" line="48" />
            <source>Preamble</source>
            <extracomment>MIME type of a drag from the library: clause ids, one a line (UTF-8).</extracomment>
            <translation>序言</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_model.py" line="215" />
            <source>UNVERIFIED text</source>
            <translation>文本未核实</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="153" />
            <source>Verified</source>
            <translation>已核实</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="154" />
            <source>Unverified</source>
            <translation>未核实</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="164" />
            <source>All sources</source>
            <translation>全部来源</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="165" />
            <source>All topics</source>
            <translation>全部主题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="166" />
            <source>Any status</source>
            <translation>任何状态</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/library_panel.py" line="191" />
            <location filename="../../workbench/ui/library_panel.py" line="293" />
            <source>%n clause(s)</source>
            <translation>
                <numerusform>%n 项条款</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="226" />
            <source>Select a clause to read its text, its Chinese text where one exists, and where it comes from. Drag clauses into the draft outline, or press Enter or Ctrl+D to add them.</source>
            <translation>选择一项条款，即可阅读其文本、中文文本（如有）及出处。可将条款拖入草案大纲，或按 Enter 或 Ctrl+D 添加。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="252" />
            <source>Copied the address {0} to the clipboard</source>
            <translation>已将网址 {0} 复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="266" />
            <source>Select a clause in the library first</source>
            <translation>请先在条款库中选择一项条款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="283" />
            <source>Search the library (English or 中文)…</source>
            <translation>搜索条款库（英文或中文）…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="284" />
            <source>Words are matched as you type; "quoted phrases" match exactly</source>
            <translation>输入时即时匹配；加引号的短语精确匹配</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="285" />
            <source>Add to draft</source>
            <translation>添加到草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="286" />
            <source>Add the selected clauses to the draft (Enter, Ctrl+D, or drag)</source>
            <translation>将所选条款添加到草案（Enter、Ctrl+D 或拖放）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="287" />
            <source>Paste official text…</source>
            <translation>粘贴正式文本…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="288" />
            <source>Replace unverified text by the official text and mark it verified</source>
            <translation>用正式文本替换未核实文本，并标为已核实</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="289" />
            <source>Show clauses of one source only</source>
            <translation>只显示某一来源的条款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="290" />
            <source>Show clauses on one topic only</source>
            <translation>只显示某一主题的条款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/library_panel.py" line="291" />
            <source>Show verified or unverified clauses only</source>
            <translation>只显示已核实或未核实的条款</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../workbench/ui/main.py" line="138" />
            <source>There is no draft open.</source>
            <translation>没有打开的草案。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="202" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="203" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="204" />
            <source>&amp;Draft</source>
            <translation>草案(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="205" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="206" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="207" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="208" />
            <source>&amp;New draft…</source>
            <translation>新建草案(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="209" />
            <source>New &amp;workspace…</source>
            <translation>新建工作区(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="210" />
            <source>&amp;Open workspace…</source>
            <translation>打开工作区(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="211" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="212" />
            <source>Save a &amp;copy as…</source>
            <translation>另存副本(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="213" />
            <source>Re&amp;name draft…</source>
            <translation>重命名草案(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="214" />
            <source>&amp;Delete draft…</source>
            <translation>删除草案(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="215" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="216" />
            <source>&amp;Find in library</source>
            <translation>在条款库中查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="217" />
            <source>&amp;Add selected clauses to draft</source>
            <translation>将所选条款添加到草案(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="218" />
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="219" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="222" />
            <source>&amp;Paste official text and mark verified…</source>
            <translation>粘贴正式文本并标为已核实(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="223" />
            <source>&amp;About Treaty Workbench</source>
            <translation>关于条约工作台(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="224" />
            <source>Library</source>
            <translation>条款库</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="225" />
            <source>Draft outline</source>
            <translation>草案大纲</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="226" />
            <source>Undo history</source>
            <translation>撤销历史</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="227" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;打开时&gt;</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="240" />
            <source>The translation for {0} is missing; the interface stays in English.</source>
            <translation>缺少{0}的译文，界面仍使用英文。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="254" />
            <source>&amp;Undo {0}</source>
            <translation>撤销(&amp;U) {0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="255" />
            <source>&amp;Redo {0}</source>
            <translation>重做(&amp;R) {0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="260" />
            <source>{0} — {1} — Treaty Workbench</source>
            <translation>{0} — {1} — 条约工作台</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="261" />
            <source>{0} — Treaty Workbench</source>
            <translation>{0} — 条约工作台</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="262" />
            <source>Every change is saved in {0}</source>
            <translation>每次修改都已保存在 {0} 中</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="272" />
            <source>Treaty Workbench</source>
            <translation>条约工作台</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="348" />
            <location filename="../../workbench/ui/main.py" line="352" />
            <source>Rename draft</source>
            <translation>重命名草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="358" />
            <source>Delete the draft “{0}” and its saved versions? This cannot be undone.</source>
            <translation>删除草案“{0}”及其已保存的版本？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="373" />
            <source>Create a draft first (File ▸ New draft).</source>
            <translation>请先新建草案（文件 ▸ 新建草案）。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="377" />
            <source>The library has no clause {0}.</source>
            <translation>条款库中没有条款 {0}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/main.py" line="385" />
            <source>Add %n clause(s)</source>
            <translation>
                <numerusform>添加 %n 项条款</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/main.py" line="390" />
            <source>Added %n clause(s) to the draft</source>
            <translation>
                <numerusform>已向草案添加 %n 项条款</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="411" />
            <source>Select a clause in the library first</source>
            <translation>请先在条款库中选择一项条款</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="420" />
            <source>Verify {0}</source>
            <translation>核实 {0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/workspace_files.py" line="33" />
            <source>The clause library could not be updated; the workspace keeps its earlier copy.</source>
            <translation>无法更新条款库；工作区保留原有的条款库副本。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/workspace_files.py" line="77" />
            <source>Treaty Workbench workspaces (*{0});;All files (*)</source>
            <translation>条约工作台工作区（*{0}）;;所有文件（*）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/workspace_files.py" line="102" />
            <source>Open workspace</source>
            <translation>打开工作区</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/workspace_files.py" line="108" />
            <source>New workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/workspace_files.py" line="124" />
            <source>(no other recent workspaces)</source>
            <translation>（没有其他最近使用的工作区）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/workspace_files.py" line="134" />
            <source>Saved a copy as {0}</source>
            <translation>已将副本保存为 {0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/workspace_files.py" line="138" />
            <source>Save a copy as</source>
            <translation>另存副本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="423" />
            <source>About Treaty Workbench</source>
            <translation>关于条约工作台</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="424" />
            <source>Treaty Workbench builds an international AI treaty from verbatim clauses of existing instruments. Every change is saved in the workspace file as it is made.</source>
            <translation>条约工作台利用现有文书的原文条款起草国际人工智能条约。每次修改都会立即保存在工作区文件中。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/window_state.py" line="78" />
            <source>Draft AI treaty</source>
            <translation>人工智能条约草案</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="55" />
            <source>Merge proposals</source>
            <translation>合并提案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="59" />
            <source>Draft: {0}</source>
            <translation>草案：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="66" />
            <source>Version: {0}</source>
            <translation>版本：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/brackets_panel.py" line="72" />
            <source>Each checked proposal's differences from the current draft become alternatives attributed to its party.</source>
            <translation>每个勾选的提案与当前草案的差别将成为备选案文，并注明提出方。</translation>
        </message>
    </context>
    <context>
        <name>NewDraftDialog</name>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="27" />
            <source>New draft</source>
            <translation>新建草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="29" />
            <source>Draft treaty on artificial intelligence</source>
            <translation>人工智能条约草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="33" />
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="34" />
            <source>Empty draft</source>
            <translation>空白草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="35" />
            <source>From a treaty skeleton:</source>
            <translation>基于条约框架：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="36" />
            <source>From a whole source instrument:</source>
            <translation>基于一项完整的来源文书：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="61" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="62" />
            <source>Chinese title</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="87" />
            <source>The draft reproduces the instrument's preamble, chapters and articles as they are in the library.</source>
            <translation>草案按条款库中的内容复制该文书的序言、各章和各条。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="90" />
            <source>The draft starts with no text; add clauses from the library.</source>
            <translation>草案从空白开始；请从条款库添加条款。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="94" />
            <source>Untitled draft</source>
            <translation>未命名草案</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../../workbench/ui/outline_model.py" line="228" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_model.py" line="228" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_model.py" line="249" />
            <source>Preamble</source>
            <translation>序言</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_model.py" line="287" />
            <source>From the library: {0}</source>
            <translation>出自条款库：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_model.py" line="289" />
            <source>UNVERIFIED: the source text has not been checked against an official copy</source>
            <translation>未核实：来源文本尚未与正式文本核对</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_model.py" line="291" />
            <source>Suggested topics: {0}</source>
            <translation>建议主题：{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_model.py" line="310" />
            <source>Rename {0}</source>
            <translation>重命名 {0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_model.py" line="363" />
            <source>the library has no clause {0}</source>
            <translation>条款库中没有条款 {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/outline_model.py" line="367" />
            <source>Add %n clause(s)</source>
            <translation>
                <numerusform>添加 %n 项条款</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_model.py" line="372" />
            <source>Move</source>
            <translation>移动</translation>
        </message>
    </context>
    <context>
        <name>OutlinePanel</name>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="44" />
            <source>Treaty Workbench</source>
            <translation>条约工作台</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="170" />
            <source>Add chapter</source>
            <translation>添加章</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="178" />
            <location filename="../../workbench/ui/outline_view.py" line="181" />
            <source>New chapter</source>
            <translation>新的一章</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="189" />
            <location filename="../../workbench/ui/outline_view.py" line="195" />
            <location filename="../../workbench/ui/outline_view.py" line="229" />
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/outline_view.py" line="205" />
            <source>Remove this chapter and its %n article(s)?</source>
            <translation>
                <numerusform>删除这一章及其 %n 条？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="206" />
            <source>Remove the preamble and its recitals?</source>
            <translation>删除序言及其各段？</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="207" />
            <source>(Edit ▸ Undo brings it back.)</source>
            <translation>（可用“编辑 ▸ 撤销”恢复。）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="210" />
            <source>Remove {0}</source>
            <translation>删除 {0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="218" />
            <location filename="../../workbench/ui/outline_view.py" line="231" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="218" />
            <location filename="../../workbench/ui/outline_view.py" line="233" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="223" />
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="224" />
            <source>Create a new draft</source>
            <translation>新建草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="225" />
            <source>The draft shown; a workspace can hold several drafts</source>
            <translation>当前显示的草案；一个工作区可包含多份草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="226" />
            <source>Add chapter…</source>
            <translation>添加章…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="227" />
            <source>+ Chapter</source>
            <translation>+ 章</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="228" />
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/outline_view.py" line="230" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>RefTextEdit</name>
        <message>
            <location filename="../../workbench/ui/ref_text.py" line="235" />
            <source>Cross-reference to {0}; Ctrl+click to go there</source>
            <extracomment>(target, number_only) -&gt; (label shown, resolved in the draft?)</extracomment>
            <translation>援引{0}；按住 Ctrl 点击可跳转</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/ref_text.py" line="236" />
            <source>Cross-reference to a provision that is not in this draft: {0}</source>
            <translation>援引的条款不在本草案中：{0}</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="32" />
            <source>Save version</source>
            <translation>保存版本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="34" />
            <source>e.g. Chair's text Rev.1</source>
            <translation>例如：主席案文 修订1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="40" />
            <source>Label:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="41" />
            <source>Author:</source>
            <translation>作者：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="42" />
            <source>Party (delegation):</source>
            <translation>缔约方（代表团）：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="43" />
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="52" />
            <source>A version needs a label.</source>
            <translation>版本需要一个名称。</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../workbench/ui/session.py" line="79" />
            <location filename="../../workbench/ui/session.py" line="98" />
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
            <location filename="../../workbench/ui/dialogs.py" line="117" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="118" />
            <source>Chinese title</source>
            <translation>中文标题</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="143" />
            <source>Paste official text — {0}</source>
            <translation>粘贴正式文本——{0}</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="144" />
            <source>English text</source>
            <translation>英文文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="145" />
            <source>Chinese text</source>
            <translation>中文文本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="165" />
            <source>I have compared this text word for word with an official copy</source>
            <translation>我已逐字将此文本与正式文本核对</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="169" />
            <source>Paste the official text of each paragraph. The clause will be marked verified, with your name and the time; the change can be undone and stays in the clause's history.</source>
            <translation>请粘贴每一款的正式文本。条款将标为已核实，并记录您的姓名和时间；此修改可以撤销，并保留在条款的修改记录中。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="177" />
            <source>Verified by</source>
            <translation>核实人</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="204" />
            <source>Confirm that you compared the text with an official copy.</source>
            <translation>请确认您已将文本与正式文本核对。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="207" />
            <source>Give the name of the person who verified the text.</source>
            <translation>请填写核实文本的人员姓名。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/dialogs.py" line="212" />
            <source>Paste the official text first.</source>
            <translation>请先粘贴正式文本。</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="168" />
            <source>Saved version “{0}”.</source>
            <translation>已保存版本“{0}”。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="180" />
            <source>{0} (from version “{1}”)</source>
            <translation>{0}（来自版本“{1}”）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="195" />
            <source>Restore version “{0}”</source>
            <translation>恢复版本“{0}”</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="203" />
            <source>New proposal</source>
            <translation>新提案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="204" />
            <source>Party making the proposal:</source>
            <translation>提出提案的缔约方：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="238" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="238" />
            <source>Party / author</source>
            <translation>缔约方／作者</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="238" />
            <source>Saved</source>
            <translation>保存时间</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="238" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="239" />
            <location filename="../../workbench/ui/versions_panel.py" line="249" />
            <source>Save version…</source>
            <translation>保存版本…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="240" />
            <source>Open as draft</source>
            <translation>作为草案打开</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="241" />
            <source>Restore into current draft</source>
            <translation>恢复到当前草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="242" />
            <source>New proposal…</source>
            <translation>新提案…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="243" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="244" />
            <source>Compare two selected versions, or one with the current draft</source>
            <translation>比较所选的两个版本，或将一个版本与当前草案比较</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="247" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="249" />
            <source>Compare…</source>
            <translation>比较…</translation>
        </message>
    </context>
    <context>
        <name>brackets</name>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="293" />
            <source>Alternatives</source>
            <translation>备选案文</translation>
        </message>
    </context>
    <context>
        <name>compare</name>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="294" />
            <source>Comparison</source>
            <translation>比较</translation>
        </message>
    </context>
    <context>
        <name>graph</name>
        <message>
            <location filename="../../workbench/ui/checker_install.py" line="124" />
            <source>Dependency graph</source>
            <translation>依赖关系图</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../workbench/ui/main.py" line="455" />
            <source>Treaty Workbench</source>
            <translation>条约工作台</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main.py" line="456" />
            <source>The workspace cannot be opened:
{0}</source>
            <translation>无法打开工作区：
{0}</translation>
        </message>
    </context>
    <context>
        <name>panel</name>
        <message>
            <location filename="../../workbench/ui/checker_install.py" line="123" />
            <source>Ideal-treaty check</source>
            <translation>理想条约检查</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/checker_install.py" line="138" />
            <source>Check the draft now</source>
            <translation>立即检查草案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/checker_install.py" line="140" />
            <source>Export check report (.docx)…</source>
            <translation>导出检查报告（.docx）…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/checker_install.py" line="153" />
            <source>There is no check report yet.</source>
            <translation>尚无检查报告。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/checker_install.py" line="155" />
            <source>Export check report</source>
            <translation>导出检查报告</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/checker_install.py" line="156" />
            <source>Word documents (*.docx)</source>
            <translation>Word 文档（*.docx）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/checker_install.py" line="165" />
            <source>Check report written to {0}</source>
            <translation>检查报告已写入 {0}</translation>
        </message>
    </context>
    <context>
        <name>versions</name>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="292" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="316" />
            <source>Save version…</source>
            <translation>保存版本…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/versions_panel.py" line="317" />
            <source>Compare…</source>
            <translation>比较…</translation>
        </message>
    </context>
</TS>