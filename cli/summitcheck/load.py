"""Loading claim files: YAML nodes checked against the schema, with line numbers kept."""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, cast

import yaml

from . import schema
from .errors import FigureError, InputError, InputErrors, shown
from .figures import Quantity, in_year_of, parse_figure
from .lazy import compiled
from .model import EXPECTATION_VERDICTS, ROLES, Claim, Document, Figure, Override, Review, UnreadFigure
from .textfile import read_text
from .verdicts import spoken_list

try:  # libyaml's parser when the wheel has it: several times faster.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 32  # a claim file needs 5 levels
MAX_NODES = 200_000  # some 12,000 claims: bounds time and memory
_ID = compiled(schema.ID_PATTERN + r"\Z")
_DATE = compiled(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)  # the schema's pattern; fromisoformat also takes 20250203
_TOPIC = compiled(schema.TOPIC_PATTERN + r"\Z")
_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_ALLOWED_TAGS = _SCALAR_TAGS | {_TAG + "seq", _TAG + "map"}
# The YAML types each kind of scalar accepts: text must be text, so `title: 1984`
# or `statement: yes` is refused with a hint to quote it, as a schema-aware editor would.
_TAGS_FOR = {
    "text": {"str"}, "word": {"str", "int", "float"}, "id": {"str"}, "topic": {"str"}, "role": {"str"},
    "date": {"str", "timestamp"}, "value": {"str", "int", "float"}, "verdict": {"str"},
}
_KIND_NAMES = {
    "text": "text", "word": "a word or a number", "id": "an id",
    "topic": f"a word or a phrase of up to {schema.TOPIC_WORDS} words", "date": "an ISO date",
    "bool": "true or false", "role": "preview or report", "value": "a figure value",
    "verdict": spoken_list(EXPECTATION_VERDICTS),
    "list": "a list", "mapping": "a mapping",
}


def load_claims(path: str | os.PathLike[str], role: str | None = None) -> Document:
    """Read and check one claim file; InputError names the file and line of the first problem."""
    name = os.fspath(path)
    node = _compose(read_text(name, MAX_BYTES, "a claim file"), name, _CLAIM_FILE_NEEDS, "a claim file")
    return _Builder(name).document(node, role)


def load_review(path: str | os.PathLike[str]) -> Review:
    """Read and check one review file (an editor's overrides); InputError as for claim files.

    Whether each id names a real claim is checked when the review is applied (verdict.decide).
    """
    name = os.fspath(path)
    node = _compose(read_text(name, MAX_BYTES, "a review file"), name, _REVIEW_FILE_NEEDS, "a review file")
    return _Builder(name).review(node)


def load_file(path: str | os.PathLike[str], role: str | None = None) -> Document | Review:
    """A claim file, or a review file when its top level holds 'overrides' and no 'document'."""
    name = os.fspath(path)
    node = _compose(read_text(name, MAX_BYTES, "a claim or review file"), name, _CLAIM_FILE_NEEDS,
                    "a claim or review file")
    keys = {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)} \
        if isinstance(node, yaml.MappingNode) else set()
    if "overrides" in keys and "document" not in keys:
        return _Builder(name).review(node)
    return _Builder(name).document(node, role)


_CLAIM_FILE_NEEDS = "a claim file needs 'document' and 'claims'"
_REVIEW_FILE_NEEDS = "a review file needs 'overrides'"


def _compose(text: str, name: str, needs: str, kind: str) -> yaml.Node:
    if not text.strip():
        raise InputError(f"empty file; {needs}", name, 1)
    try:
        node = _compose_events(yaml.parse(text, Loader=_Loader), name, kind)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = " ".join(p for p in (e.context, e.problem) if p) or "malformed YAML"
        line = mark.line + 1 if mark else None
        if line is not None and _indented_with_tab(text, line):
            problem = "a tab in the indentation; YAML indents with spaces"
        else:
            if "could not find expected ':'" in (e.problem or "") and e.context_mark is not None:
                line = e.context_mark.line + 1  # where the key without ':' began, not where the scan gave up
            lines = text.splitlines()
            hint = _yaml_hint(e.problem or "", lines[line - 1] if line is not None and line <= len(lines) else "")
            problem = hint or problem  # PyYAML's words only when there is nothing plainer to say
        raise InputError(f"malformed YAML: {problem}", name, line) from None
    except yaml.reader.ReaderError as e:
        line = text[: e.position].count("\n") + 1 if isinstance(e.position, int) else None
        raise InputError(f"malformed YAML: the character U+{e.character:04X} is not allowed ({e.reason})"
                         if isinstance(e.character, int) else f"malformed YAML: {e.reason}", name, line) from None
    except yaml.YAMLError as e:
        raise InputError(f"malformed YAML: {' '.join(str(e).split())}", name) from None
    if node is None:
        raise InputError(f"empty file; {needs}", name, 1)
    return node


_KEY_VALUE = compiled(r"\s*(?:-\s+)?([^\s:#'\"][^:#]*?):\s+(\S.*)")


def _yaml_hint(problem: str, text: str) -> str:
    """How to fix the common mistakes behind PyYAML's words, read from the line it stopped at."""
    if problem.startswith("mapping values are not allowed"):
        written = _KEY_VALUE.match(text)
        if written and ": " in written.group(2) + " ":  # a second "key: " on the line: a colon inside a value
            key, value = written.group(1), written.group(2).rstrip()
            quoted = value.replace("\\", "\\\\").replace('"', '\\"') if len(value) <= 60 else "…"
            return f"the value of '{key}' holds ': ', which YAML reads as a new key: put it in quotes, {key}: \"{quoted}\""
        return ("this key is indented more than the key above it: keys of one mapping start in the same "
                "column (or the line above needs quotes)")
    if "expected '-' indicator" in problem or "expected <block end>" in problem:
        if text.lstrip().startswith("- "):
            return "this list item is not lined up with the items above it: start every '- ' in one column"
        return ("this line is lined up with neither the keys above it nor a new list item: "
                "add the missing '- ' before a new item, or indent it like its neighbours")
    if "could not find expected ':'" in problem:
        return ("a line without 'key: value' inside a mapping: a missing '- ' before a list item, "
                "a missing ':' after a key, or a multi-line value not in quotes")
    return ""


def _indented_with_tab(text: str, line: int) -> bool:
    lines = text.splitlines()
    return line <= len(lines) and "\t" in lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]


def _compose_events(events: Iterator[yaml.Event], name: str, kind_of_file: str) -> yaml.Node | None:
    """Build the node tree from parser events, without recursion and within limits.

    PyYAML's own composer recurses once per level of nesting, and its libyaml
    build does so in C: "[[[[…" a hundred thousand deep crashes the process.
    This one keeps an explicit stack, stops at MAX_DEPTH and MAX_NODES, and
    refuses anchors and aliases outright, which also shuts out "billion laughs".
    """
    resolve: Callable[[type[yaml.Node], str | None, Any], str] = _RESOLVER.resolve  # implicit: a pair for scalars, a flag else
    stack: list[list[Any]] = []  # [collection node, pending mapping key]
    root = None
    count = 0
    for event in events:
        kind = type(event)
        if kind is yaml.DocumentStartEvent and root is not None:
            raise InputError(f"more than one YAML document ('---'); {kind_of_file} holds one", name, _line(event))
        if kind not in _NODE_EVENTS:
            continue
        if getattr(event, "anchor", None) is not None or kind is yaml.AliasEvent:
            raise InputError(f"anchors and aliases (&name, *name) are not allowed in {kind_of_file}", name, _line(event))
        count += kind is not yaml.SequenceEndEvent and kind is not yaml.MappingEndEvent  # values, not their ends
        if count > MAX_NODES:
            raise InputError(f"more than {MAX_NODES:,} YAML values; {kind_of_file} is not that large", name, _line(event))
        node: yaml.Node
        if isinstance(event, yaml.ScalarEvent):
            tag = event.tag
            if tag is None or tag == "!":
                tag = resolve(yaml.ScalarNode, event.value, event.implicit)
            node = yaml.ScalarNode(tag, event.value, _mark(event.start_mark), _mark(event.end_mark), style=event.style)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            cls = yaml.SequenceNode if kind is yaml.SequenceStartEvent else yaml.MappingNode
            tag = event.tag
            if tag is None or tag == "!":
                tag = resolve(cls, None, event.implicit)
            if len(stack) >= MAX_DEPTH:
                raise InputError(f"nested more than {MAX_DEPTH} levels deep", name, _line(event))
            stack.append([cls(tag, [], _mark(event.start_mark), None, flow_style=event.flow_style), None])
            continue
        else:  # the end of a sequence or mapping
            node = stack.pop()[0]
            node.end_mark = event.end_mark
        if not stack:
            root = node
            continue
        top = stack[-1]
        if isinstance(top[0], yaml.SequenceNode):
            top[0].value.append(node)
        elif top[1] is None:
            top[1] = node
        else:
            top[0].value.append((top[1], node))
            top[1] = None
    return root


_RESOLVER = yaml.resolver.Resolver()
_NODE_EVENTS = {yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent,
                yaml.SequenceEndEvent, yaml.MappingEndEvent, yaml.AliasEvent}


class _Mapping(dict[str, Any]):
    """A checked mapping that remembers each value's node, for error lines."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: dict[str, yaml.Node] = {}


def _in_year_of(claim: Claim, published: str, ahead: bool) -> Claim:
    """A claim whose dates written without their year ("Nov 12") are put in the article's year (`ahead` for
    a preview's: on or after the day it was published)."""
    figures = tuple(replace(f, quantity=in_year_of(f.quantity, published, ahead),
                            baseline=None if f.baseline is None else in_year_of(f.baseline, published, ahead))
                    for f in claim.figures)
    return replace(claim, figures=figures,
                   parts=tuple(_in_year_of(part, published, ahead) for part in claim.parts))


def _line(node: yaml.Node | yaml.Event) -> int:
    return int(node.start_mark.line) + 1 if node.start_mark is not None else 1  # the parser marks every one


def _mark(mark: yaml.error.Mark | Any | None) -> yaml.error.Mark | None:
    """A mark as the node types declare it: libyaml's (yaml._yaml.Mark) has the same fields."""
    return cast("yaml.error.Mark | None", mark)


class _Incomplete(Exception):
    """A mapping with a problem (already recorded): nothing is built from it, its siblings are still checked."""


class _Builder:
    """Walks the composed nodes of one file, checking each against its schema field.

    Every problem is recorded and the walk goes on past it, so that one run names them all;
    a file with any problem raises them together (InputErrors) once the walk is done.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[InputError] = []
        self.unread: list[UnreadFigure] = []  # figure values not read: warnings, not problems

    def fail(self, problem: str, node: yaml.Node | None) -> InputError:
        return InputError(problem, self.name, _line(node) if node is not None else None)

    def finish(self) -> None:
        """Raise what was found: the one problem, or all of them in line order."""
        if not self.problems:
            return
        found = sorted(self.problems, key=lambda e: e.line or 0)
        warnings = [u.warning(self.name) for u in self.unread]
        raise found[0] if len(found) == 1 and not warnings else InputErrors(found, warnings)

    def document(self, node: yaml.Node, role: str | None) -> Document:
        try:
            top = self.mapping(node, schema.CLAIM_FILE, "the claim file")
        except _Incomplete:
            self.finish()
            raise  # pragma: no cover - an incomplete mapping always recorded its problem
        built = self.claims(top, role)
        self.finish()
        doc = top["document"]
        if doc.get("published"):  # "Nov 12" is in the year the article speaks from
            built = [_in_year_of(claim, doc["published"], doc["role"] == "preview") for claim in built]
        text = doc.get("text")
        if text is not None:
            text = os.path.normpath(os.path.join(os.path.dirname(self.name), text))
        return Document(
            id=doc["id"], role=doc["role"], title=doc["title"], claims=tuple(built),
            outlet=doc.get("outlet"), published=doc.get("published"), url=doc.get("url"),
            text=text, path=self.name,
            text_line=_line(doc.nodes["text"]) if text is not None else None,
        )

    def claims(self, top: _Mapping, role: str | None) -> list[Claim]:
        doc = top["document"]
        claims = top["claims"]
        if role and doc["role"] != role:
            self.problems.append(self.fail(
                f"this is a {doc['role']} claim file, given where the {role} belongs",
                doc.nodes["role"],
            ))
        ids: dict[str, int] = {}
        built = []
        for claim, line in claims:
            self.unique(ids, claim["id"], line)
            parts = []
            for number, (part, part_line) in enumerate(claim.get("parts") or (), 1):
                part_id = part.get("id") or f"{claim['id']}.{number}"
                self.unique(ids, part_id, part_line)
                # A part shares its claim's topic unless it names its own.
                parts.append(self.claim(part, part_id, part_line, claim.get("topic")))
            built.append(self.claim(claim, claim["id"], line, parts=tuple(parts)))
        return built

    def unique(self, ids: dict[str, int], claim_id: str, line: int) -> None:
        first = ids.setdefault(claim_id, line)
        if first != line:
            self.problems.append(InputError(f"duplicate claim id '{claim_id}' (first at line {first})", self.name, line))

    @staticmethod
    def claim(values: _Mapping, claim_id: str, line: int, topic: str | None = None,
              parts: tuple[Claim, ...] = ()) -> Claim:
        quote_node = values.nodes.get("quote")
        figures = values.get("figures") or ()
        return Claim(
            id=claim_id, statement=values["statement"], topic=values.get("topic", topic),
            quote=values.get("quote"), negated=values.get("negated"),
            keywords=tuple(values.get("keywords") or ()),
            figures=tuple(f for f in figures if isinstance(f, Figure)), line=line,
            quote_line=_line(quote_node) if quote_node is not None else None, parts=parts,
            unread=tuple(f for f in figures if isinstance(f, UnreadFigure)),
        )

    def review(self, node: yaml.Node) -> Review:
        try:
            top = self.mapping(node, schema.REVIEW_FILE, "the review file")
        except _Incomplete:
            self.finish()
            raise  # pragma: no cover - an incomplete mapping always recorded its problem
        first: dict[str, int] = {}
        built = []
        for values, line in top["overrides"]:
            expectation = values["expectation"]
            seen = first.setdefault(expectation, line)
            if seen != line:
                self.problems.append(InputError(f"a second override of '{expectation}' (first at line {seen})",
                                                self.name, line))
            verdict, match = values.get("verdict"), values.get("match")
            if "verdict" not in values and "match" not in values:
                self.problems.append(InputError("the override changes nothing: give 'verdict', 'match' or both",
                                                self.name, line))
            if verdict == "absent" and match is not None:
                self.problems.append(self.fail(
                    "an absent expectation pairs with nothing: drop 'match', or write 'match: null'",
                    values.nodes["match"]))
            built.append(Override(expectation=expectation, note=values["note"], by=values["by"], verdict=verdict,
                                  match=match, unpair="match" in values and match is None, line=line))
        self.finish()
        return Review(tuple(built), self.name)

    def mapping(self, node: yaml.Node, fields: dict[str, schema.Field], what: str) -> _Mapping:
        self.visit(node)
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(f"{what} must be a mapping of keys, not {_describe(node)}", node)
        values = _Mapping()
        lines: dict[str, int] = {}
        complete = True
        misspelt: set[str] = set()  # keys an unknown key was taken for: not reported missing as well
        for key_node, value_node in node.value:
            try:
                self.visit(key_node)
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _SCALAR_TAGS:
                    raise self.fail(f"keys in {what} must be plain words", key_node)
                key = key_node.value
                if key in lines:
                    # In a list item, its first key (the id) twice is most often a new item missing its '- '.
                    first = node.value[0][0]
                    item = (" (a new item missing its '- '?)" if what.strip("'")[-1:].isdigit()
                            and isinstance(first, yaml.ScalarNode) and first.value == key else "")
                    raise self.fail(f"duplicate key {shown(key)} in {what} (first at line {lines[key]}){item}",
                                    key_node)
                lines[key] = _line(key_node)
                field = fields.get(key)
                if field is None:
                    best = _closest(key, fields)
                    if best is not None:
                        misspelt.add(best)
                    hint = f" (did you mean '{best}'?)" if best else f"; known keys: {', '.join(fields)}"
                    raise self.fail(f"unknown key {shown(key)} in {what}{hint}", key_node)
                values.nodes[key] = value_node
                values[key] = self.value(value_node, field, key)
            except InputError as e:
                self.problems.append(e)
                complete = False
            except _Incomplete:
                complete = False
        for key, field in fields.items():
            if field.required and key not in lines:
                if key not in misspelt:
                    self.problems.append(self.fail(f"{what} is missing the required key '{key}'", node))
                complete = False
        if not complete:
            raise _Incomplete
        return values

    def visit(self, node: yaml.Node) -> None:
        # Only plain YAML types: a tag such as !!python/object is refused, never constructed.
        if node.tag not in _ALLOWED_TAGS:
            written = "!!" + node.tag[len(_TAG):] if node.tag.startswith(_TAG) else node.tag
            raise self.fail(f"the YAML tag {shown(written)} is not allowed", node)

    def value(self, node: yaml.Node, field: schema.Field, key: str) -> Any:
        kind = field.kind
        if kind == "mapping":
            assert field.fields is not None
            what = {"document": "'document'"}.get(key, f"'{key}'")
            return self.mapping(node, field.fields, what)
        if kind == "list":
            return self.list(node, field, key)
        self.visit(node)
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(f"'{key}' must be {_KIND_NAMES[kind]}, not {_describe(node)}", node)
        raw, tag = node.value, node.tag[len(_TAG):]
        if tag == "null" and field.nullable:
            return None
        if tag == "null":
            raise self.fail(f"'{key}' is empty; it must be {_KIND_NAMES[kind]}", node)
        if kind == "bool":
            if tag != "bool":
                raise self.fail(f"'{key}' must be true or false, not {shown(raw)}", node)
            return raw.lower() in ("true", "yes", "on", "y")
        if tag not in _TAGS_FOR[kind]:
            hint = "; put it in quotes" if kind in ("text", "id", "topic") else ""
            raise self.fail(f"'{key}' must be {_KIND_NAMES[kind]}, not {_describe(node)}{hint}", node)
        # Text is trimmed, a topic's spaces collapse to one; an id, role or date must be written without spaces around it.
        text = raw.strip() if kind in ("text", "word", "value") else " ".join(raw.split()) if kind == "topic" else raw
        if not raw.strip():
            raise self.fail(f"'{key}' is empty; it must be {_KIND_NAMES[kind]}", node)
        if kind == "id" and not _ID.match(text):
            raise self.fail(f"'{key}' {shown(text)} is not an id: use lower-case letters, digits, '-' and '_', starting with a letter or digit", node)
        if kind == "topic" and not _TOPIC.match(text):
            raise self.fail(f"'{key}' must be {_KIND_NAMES[kind]} (letters, digits, '-'; starting with a letter), "
                            f"not {shown(text)}", node)
        if kind == "role" and text not in ROLES:
            raise self.fail(f"'role' must be preview or report, not {shown(text)}", node)
        if kind == "verdict" and text not in EXPECTATION_VERDICTS:
            raise self.fail(f"'{key}' must be {_KIND_NAMES[kind]}, not {shown(text)}", node)
        if kind == "date":
            try:
                if not _DATE.match(text):
                    raise ValueError(text)
                datetime.date.fromisoformat(text)
            except ValueError:
                raise self.fail(f"'{key}' must be an ISO date (YYYY-MM-DD), not {shown(text)}", node) from None
        return text

    def list(self, node: yaml.Node, field: schema.Field, key: str) -> list[Any]:
        self.visit(node)
        if not isinstance(node, yaml.SequenceNode):
            dash = "; start each item with '- '" if isinstance(node, yaml.MappingNode) else ""
            raise self.fail(f"'{key}' must be a list, not {_describe(node)}{dash}", node)
        if len(node.value) < field.min_items:
            raise self.fail(f"'{key}' is empty; it needs at least {field.min_items}", node)
        if field.max_items is not None and len(node.value) > field.max_items:
            raise self.fail(f"'{key}' has {len(node.value):,} items; at most {field.max_items} are allowed "
                            "(a claim is one sentence: split it into several claims)", node)
        assert field.item is not None
        items: list[Any] = []  # (value, line) for claims, overrides and parts; values else
        complete = True
        for index, item in enumerate(node.value, 1):
            try:
                if key in ("claims", "overrides", "parts"):
                    what = f"{key[:-1]} {index}"  # "claim 3", "override 1", "part 2"
                    items.append((self.value(item, field.item, what), _line(item)))
                elif key == "figures":
                    items.extend(self.figure(item, field.item, index))
                else:
                    items.append(self.value(item, field.item, f"{key} item {index}"))
            except InputError as e:
                self.problems.append(e)
                complete = False
            except _Incomplete:
                complete = False
        if not complete and key != "claims":  # the claims that are whole are still checked for duplicate ids
            raise _Incomplete
        return items

    def figure(self, node: yaml.Node, field: schema.Field, index: int) -> tuple[Figure | UnreadFigure, ...]:
        """The figure, or what could not be read of it: a value the reader cannot read ("soon") leaves
        the figure out of comparison and a baseline it cannot read leaves the figure without one,
        each with a warning, so that one odd value does not cost the whole check.  A figure of the
        wrong shape (no metric, a list for a value) stays an error."""
        values = self.value(node, field, f"figure {index}")
        quantity = self.quantity(values, "value")
        if isinstance(quantity, UnreadFigure):
            return (quantity,)
        baseline = self.quantity(values, "from") if "from" in values else None
        if isinstance(baseline, Quantity) and not baseline.comparable(quantity):
            raise self.fail(f"figure baseline {shown(values['from'])}: not in the unit of the value "
                            f"{shown(values['value'])}; write both in one unit", values.nodes["from"])
        figure = Figure(metric=values["metric"], quantity=quantity, line=_line(node),
                        baseline=baseline if isinstance(baseline, Quantity) else None)
        return (figure, baseline) if isinstance(baseline, UnreadFigure) else (figure,)

    def quantity(self, values: _Mapping, key: str) -> Quantity | UnreadFigure:
        try:
            return parse_figure(values[key])
        except FigureError as e:
            node = values.nodes[key]
            if node.tag == _TAG + "float":  # YAML's own .nan or .inf: no number of the schema's type, refused
                what = "figure value" if key == "value" else "figure baseline"
                raise self.fail(f"{what} {shown(values[key])}: {e.problem}", node) from None
            unread = UnreadFigure(values["metric"], values[key], e.problem, _line(node), key)
            self.unread.append(unread)
            return unread


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    tag = node.tag[len(_TAG):] if node.tag.startswith(_TAG) else node.tag
    return {"null": "an empty value", "bool": "a yes/no value", "int": "a number", "float": "a number",
                         "timestamp": "a date"}.get(
        tag, f"the text {shown(node.value)}"
    )


def _closest(key: str, fields: dict[str, schema.Field]) -> str | None:
    """The known key an unknown one was probably meant to be."""
    from rapidfuzz import process
    from rapidfuzz.utils import default_process

    best = process.extractOne(key, list(fields), processor=default_process, score_cutoff=60)
    return best[0] if best else None
