"""HTML preview of a library clause: text, Chinese text, provenance levels and badges, history."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication


from ..core.library import Clause, Para, Source, readable
from ..storage.library import Vocabulary
from .i18n import ZH_FAMILIES

ZH_STYLE = "font-family:" + ",".join(f"'{f}'" for f in ZH_FAMILIES)


def badge(text: str, colour: str) -> str:
    """A coloured block that cannot be overlooked (Qt rich text: a one-cell table)."""
    return (f'<table cellpadding="5" cellspacing="0" width="100%" style="background-color:{colour};'
            f'margin-top:4px;margin-bottom:4px"><tr><td><span style="color:#ffffff;font-weight:bold">'
            f"{text}</span></td></tr></table>")


def unverified_badge(language: str) -> str:
    text = QCoreApplication.translate(
        "ClausePreview", "UNVERIFIED TRANSCRIPTION — the {0} text has not been checked against an official text")
    return badge(escape(text.format(language)), "#b3261e")


def reproduction_badge(language: str, copy: str) -> str:
    text = QCoreApplication.translate(
        "ClausePreview", "REPRODUCTION — the {0} text is a copy of the official text, taken from {1}")
    return badge(escape(text.format(language, copy or "?")), "#8a5a00")


def model_badge(precedent: str = "") -> str:
    if precedent:
        text = QCoreApplication.translate(
            "ClausePreview", "MODEL CLAUSE — drafted by the workbench after {0}; not treaty text").format(precedent)
    else:
        text = QCoreApplication.translate(
            "ClausePreview", "MODEL CLAUSE — drafted by the workbench, not taken from any treaty")
    return badge(escape(text), "#5c2d91")


def divergence_badge(divergence: str) -> str:
    text = QCoreApplication.translate(
        "ClausePreview", "THE OFFICIAL TEXTS DIFFER — {0}").format(divergence)
    return badge(escape(text), "#0b5cad")


def level_text(level: str, copy: str = "", precedent: str = "") -> str:
    """What a provenance level means, in the UI language (the preview's Provenance table, the editor)."""
    if level == "official":
        return QCoreApplication.translate("ClausePreview", "official text (checked against the official publication)")
    if level == "reproduction":
        return QCoreApplication.translate(
            "ClausePreview", "reproduction of the official text from {0}").format(copy or "?")
    if level == "transcription":
        return QCoreApplication.translate(
            "ClausePreview", "unverified transcription (not checked against an official text)")
    if level == "model":
        if precedent:
            return QCoreApplication.translate(
                "ClausePreview", "model clause drafted by the workbench, after {0}").format(precedent)
        return QCoreApplication.translate("ClausePreview", "model clause drafted by the workbench")
    return level


def level_badges(clause: Clause, source: Source | None) -> list[str]:
    """The badges that say what the clause's texts are (model, reproduction, transcription, divergence)."""
    parts = []
    has_en, has_zh = bool(clause.text()), bool(clause.text_zh())
    if (source is not None and source.is_model) or clause.verification == "model":
        parts.append(model_badge(clause.precedent))
    else:
        for lang, has, name in (("en", has_en, QCoreApplication.translate("ClausePreview", "English")),
                                ("zh", has_zh, QCoreApplication.translate("ClausePreview", "Chinese"))):
            if has and clause.level(lang) == "transcription":
                parts.append(unverified_badge(name))
            elif has and clause.level(lang) == "reproduction":
                parts.append(reproduction_badge(name, clause.copy_of(lang)))
    if clause.divergence:
        parts.append(divergence_badge(clause.divergence))
    return parts


def _paras_html(paras: list[Para], lang: str, number_of=None) -> str:
    out: list[str] = []

    def emit(para: Para, depth: int) -> None:
        own = para.zh if lang == "zh" else para.text
        if own:
            label = para.label
            if label:
                label = f"{label}." if depth == 0 else f"({label})"
                if lang == "zh" and depth == 0:
                    label = f"{para.label}."
            style = f"margin-left:{depth * 22}px;margin-top:3px;margin-bottom:3px"
            if lang == "zh":
                style += ";" + ZH_STYLE
            blocks = [escape(readable(block, number_of, lang)) for block in own.split("\n\n")]
            head = f"<b>{escape(label)}</b> " if label else ""
            out.append(f'<p style="{style}">{head}{"<br/><br/>".join(blocks)}</p>')
        for sub in para.subs:
            emit(sub, depth + 1)

    for para in paras:
        emit(para, 0)
    return "".join(out)


def provision_label(clause: Clause) -> str:
    """'Article 23', 'Item 6', 'Preamble' (in the UI language)."""
    if clause.kind == "preamble":
        return QCoreApplication.translate("ClausePreview", "Preamble")
    if not clause.number:
        return ""
    words = {"article": QCoreApplication.translate("ClausePreview", "Article {0}"),
             "item": QCoreApplication.translate("ClausePreview", "Item {0}"),
             "principle": QCoreApplication.translate("ClausePreview", "Principle {0}"),
             "paragraph": QCoreApplication.translate("ClausePreview", "Paragraph {0}"),
             "recital": QCoreApplication.translate("ClausePreview", "Recital {0}"),
             "action": QCoreApplication.translate("ClausePreview", "Action {0}")}
    return words.get(clause.kind, "{0}").format(clause.number)


def action_name(action: str) -> str:
    """A change in a clause's history as the drafter reads it ("verify", "undo verify" …)."""
    names = {"verify": QCoreApplication.translate("ClausePreview", "text pasted and its provenance recorded"),
             "undo verify": QCoreApplication.translate("ClausePreview", "verification undone"),
             "redo verify": QCoreApplication.translate("ClausePreview", "verification redone")}
    return names.get(action, action)


def _recorded(entry: dict) -> str:
    """' (official text …)': the level a change in the history recorded, when it changed one."""
    new, old = entry.get("new") or {}, entry.get("old") or {}
    try:
        after, before = Clause.from_dict(new), Clause.from_dict(old)
    except ValueError:
        return ""
    changed = [lang for lang in ("en", "zh") if after.level(lang) != before.level(lang)
               or after.copy_of(lang) != before.copy_of(lang)]
    return f" ({level_text(after.level(changed[0]), after.copy_of(changed[0]))})" if changed else ""


def heading(clause: Clause, source: Source | None, lang: str = "en") -> str:
    """'CoE AI Convention, Article 23 – Conference of the Parties'."""
    name = (source.label(lang) if source else clause.source)
    title = clause.title_zh if lang == "zh" and clause.title_zh else clause.title
    provision = provision_label(clause)
    head = QCoreApplication.translate("ClausePreview", "{0}, {1}").format(name, provision) if provision else name
    return f"{head} – {title}" if title else head


def clause_html(clause: Clause, source: Source | None, vocabulary: Vocabulary | None = None,
                history: list[dict] | None = None, lang: str = "en", number_of=None) -> str:
    """The preview shown under the library list for one clause (``number_of(clause id)``: the library
    number of a clause the text refers to)."""
    parts = [f"<h3>{escape(heading(clause, source, lang))}</h3>"]
    colon = "：" if lang == "zh" else ":"
    has_en, has_zh = bool(clause.text()), bool(clause.text_zh())
    parts.extend(level_badges(clause, source))
    if clause.incomplete:
        parts.append(badge(escape(QCoreApplication.translate(
            "ClausePreview", "INCOMPLETE — only part of this provision is in the library")),
                           "#8a5a00"))
    rows = []
    if source is not None:
        when = f" ({escape(source.date)})" if source.date else ""
        rows.append((QCoreApplication.translate("ClausePreview", "Instrument"), escape(source.title) + when))
        if source.title_zh:
            unofficial = QCoreApplication.translate("ClausePreview", "(unofficial title)")
            official = " " + escape(QCoreApplication.translate("ClausePreview", "(official Chinese title)")
                                    if source.title_zh_official else unofficial)
            if source.title_zh_note:
                official += " — " + escape(source.title_zh_note)
            rows.append((QCoreApplication.translate("ClausePreview", "Chinese title"),
                         f'<span style="{ZH_STYLE}">{escape(source.title_zh)}</span>'
                         + official))
    where = escape(provision_label(clause))
    if clause.chapter:
        where = (where + " — " if where else "") + escape(clause.chapter)
    if where:
        rows.append((QCoreApplication.translate("ClausePreview", "Provision"), where))
    model = (source is not None and source.is_model) or clause.verification == "model"
    for lang, has, name in (("en", has_en, QCoreApplication.translate("ClausePreview", "English text")),
                            ("zh", has_zh, QCoreApplication.translate("ClausePreview", "Chinese text"))):
        if has:
            level = "model" if model else clause.level(lang)
            rows.append((name, escape(level_text(level, clause.copy_of(lang),
                                                 clause.precedent_zh if lang == "zh" and clause.precedent_zh
                                                 else clause.precedent))))
    if source is not None and source.nature in ("resolution", "soft-law", "policy-declaration"):
        rows.append((QCoreApplication.translate("ClausePreview", "Obligation strength"), escape(
            QCoreApplication.translate("ClausePreview", "this instrument is not legally binding: the strength of "
                                       "each paragraph describes its wording only"))))
    if clause.url:
        url = escape(clause.url)
        rows.append((QCoreApplication.translate("ClausePreview", "Official text"), f'<a href="{url}">{url}</a>'))
    if clause.verified_by:
        when = QCoreApplication.translate("ClausePreview", "{0} on {1}").format(clause.verified_by, clause.verified_at)
        rows.append((QCoreApplication.translate("ClausePreview", "Provenance recorded by"), escape(when)))
    rows.append((QCoreApplication.translate("ClausePreview", "Clause id"), f"<code>{escape(clause.id)}</code>"))
    if has_en:
        caption = escape(QCoreApplication.translate("ClausePreview", "English text"))
        parts.append(f"<h4>{caption}</h4>" + _paras_html(clause.paras, "en", number_of))
    if has_zh:
        caption = escape(QCoreApplication.translate("ClausePreview", "Chinese text"))
        parts.append(f"<h4>{caption}</h4>" + _paras_html(clause.paras, "zh", number_of))
    elif has_en:
        caption = escape(QCoreApplication.translate(
            "ClausePreview", "No official Chinese text of this provision is in the library."))
        parts.append(f"<p><i>{caption}</i></p>")
    caption = escape(QCoreApplication.translate("ClausePreview", "Provenance"))
    parts.append(f"<h4>{caption}</h4>" + '<table cellpadding="2">' + "".join(
        f'<tr><td valign="top"><b>{escape(k)}{colon}</b></td><td>{v}</td></tr>' for k, v in rows) + "</table>")
    if clause.note:
        caption = escape(QCoreApplication.translate("ClausePreview", "Note"))
        parts.append(f"<p><b>{caption}{colon}</b> {escape(clause.note)}</p>")
    if clause.topics and vocabulary is not None:
        labels = ", ".join(escape(vocabulary.topic_label(t, lang)) for t in clause.topics)
        caption = escape(QCoreApplication.translate("ClausePreview", "Topics"))
        parts.append(f"<p><b>{caption}{colon}</b> {labels}</p>")
    if history:
        items = "".join(f"<li>{escape(entry['at'])} — {escape(entry['who'] or '?')}: "
                        f"{escape(action_name(entry['action']))}{escape(_recorded(entry))}</li>" for entry in history)
        caption = escape(QCoreApplication.translate("ClausePreview", "History of this clause"))
        parts.append(f"<h4>{caption}</h4><ul>{items}</ul>")
    return "".join(parts)
