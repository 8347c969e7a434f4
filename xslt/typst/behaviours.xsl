<?xml version="1.0" encoding="UTF-8"?>
<!--
  The behaviours of the PDF edition: the same named templates that html/behaviours.xsl implements
  (t:block, t:inline, t:heading, t:link, t:break, t:note-call, t:mark, t:mention, t:date,
  t:verse-line, t:graphic, t:section, t:unknown, t:toc-entry), here writing Typst markup that calls the
  functions of edition.typ.

  What a behaviour returns is a sequence of two kinds of node:
    - text nodes: words (of the source, or labels the edition adds). They are escaped, once, by
      t:escape when the page is serialised (mode t:typst, page.xsl), so no source text can ever
      become Typst markup;
    - t:m elements: Typst markup the stylesheet writes (function calls, brackets, labels), made by
      t:m() and never escaped. Strings inside markup (URLs, marks) are quoted by t:str().
  Modes: t:text; t:typst (the final serialisation).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- ==== Escaping: the one place where text becomes Typst ==================================== -->

  <!-- Text in Typst markup: each run of words is a Typst string literal, #"…", which Typst sets as
       plain text: no character of it can be markup (# [ ] * _ ` $ < > @ = - + / ~, line-start markers,
       smart quotes, shorthands such as "..." or "- -", comments, URLs). White space collapses to one
       space, as in HTML, so a line break of the source is never a paragraph break; white space at the
       edges of a run stays markup space, which Typst drops at the start and end of a paragraph. -->
  <xsl:function name="t:escape" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="words" as="xs:string" select="normalize-space($text)"/>
    <xsl:sequence select="if ($words eq '') then (if ($text eq '') then '' else ' ')
      else (if (matches($text, '^[ \t\r\n]')) then ' ' else '') || '#' || t:str($words)
        || (if (matches($text, '[ \t\r\n]$')) then ' ' else '')"/>
  </xsl:function>

  <!-- A Typst string literal (for URLs, marks, metadata), with white space collapsed. -->
  <xsl:function name="t:str" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="'&quot;' || replace(replace(normalize-space($value), '\\', '\\\\'), '&quot;', '\\&quot;') || '&quot;'"/>
  </xsl:function>

  <!-- Words the edition adds (labels, marks, brackets): a text node, escaped like the source's. -->
  <xsl:function name="t:text" as="text()">
    <xsl:param name="words" as="xs:string?"/>
    <xsl:value-of select="$words"/>
  </xsl:function>

  <!-- Markup written by the stylesheet. -->
  <xsl:function name="t:m" as="element(t:m)">
    <xsl:param name="markup" as="xs:string"/>
    <t:m>{$markup}</t:m>
  </xsl:function>

  <xsl:mode name="t:typst" on-no-match="fail"/>
  <xsl:template match="text()" mode="t:typst">{t:escape(.)}</xsl:template>
  <xsl:template match="t:m" mode="t:typst">{string(.)}</xsl:template>

  <!-- Words of the source are copied as text nodes; serialisation escapes them. -->
  <xsl:template match="text()" mode="t:text" as="text()?">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- A Typst label, <name>, for an id when Typst's label syntax allows it (else nothing). -->
  <xsl:function name="t:label-markup" as="xs:string?">
    <xsl:param name="id" as="xs:string?"/>
    <xsl:sequence select="$id[matches(., '^[\p{L}_][\p{L}\p{N}_\-\.:]*$')] ! ('&lt;' || . || '&gt;')"/>
  </xsl:function>

  <!-- text(lang: …) for an element's xml:lang when Typst knows the form (two or three letters). -->
  <xsl:function name="t:lang-args" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="lang" as="xs:string?" select="$e/@xml:lang ! lower-case(tokenize(., '-')[1])"/>
    <xsl:sequence select="$lang[matches(., '^[a-z]{2,3}$')] ! ('lang: ' || t:str(.))"/>
  </xsl:function>

  <!-- A call of an edition.typ function with optional named arguments around content: #name(args)[…]. -->
  <xsl:function name="t:call" as="node()*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="args" as="xs:string*"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:sequence select="t:m('#' || $name || (if (exists($args)) then '(' || string-join($args, ', ') || ')' else '') || '['),
      $content, t:m(']')"/>
  </xsl:function>

  <!-- ==== Blocks =============================================================================== -->

  <!-- The edition.typ function for each block role that common/ asks for (others: tk-block). -->
  <xsl:variable name="t:typst-block" as="map(xs:string, xs:string)" select="map {
    'paragraph': 'tk-paragraph', 'quotation': 'tk-quotation', 'verse': 'tk-verse', 'list': 'tk-list',
    'ordered-list': 'tk-list', 'gloss-list': 'tk-list', 'term': 'tk-term', 'gloss': 'tk-gloss',
    'line': 'tk-framing-line', 'caption': 'tk-caption', 'figure': 'tk-figure',
    'figure-description': 'tk-figure-description',
    'speech': 'tk-speech', 'stage': 'tk-stage', 'stanza': 'tk-stanza', 'cast-list': 'tk-cast-list', 'cast-item': 'tk-cast-item'}"/>

  <xsl:template name="t:block" as="node()*">
    <xsl:param name="role" as="xs:string" select="'block'"/>
    <xsl:param name="classes" as="xs:string*" select="()"/>
    <xsl:param name="content" as="node()*">
      <xsl:apply-templates mode="t:text"/>
    </xsl:param>
    <!-- numbered: false() when a block inside carries the element's number (a quotation of phrases) -->
    <xsl:param name="numbered" as="xs:boolean" select="true()"/>
    <xsl:variable name="number" as="xs:integer?" select="t:paragraph-number(.)[$numbered]"/>
    <xsl:variable name="n" as="xs:string?" select="$number ! ('n: ' || t:str(string(.)))"/>
    <xsl:variable name="wrapped" as="node()*" select="if (@xml:lang and t:lang-args(.))
      then t:call('text', t:lang-args(.), t:trim-start($content)) else t:trim-start($content)"/>
    <xsl:choose>
      <xsl:when test="$role eq 'item'">
        <xsl:variable name="ordered" as="xs:boolean" select="exists(parent::list[tokenize(@rend) = ('numbered', 'ordered',
          'decimal', 'roman') or @type = ('ordered', 'numbered')])"/>
        <xsl:variable name="marker" as="xs:string" select="if (@n) then string(@n)
          else if ($ordered) then (count(preceding-sibling::item) + 1) || '.' else '•'"/>
        <xsl:sequence select="t:m('#tk-item('), t:m('['), t:text($marker), t:m('])['), $wrapped, t:m(']')"/>
      </xsl:when>
      <xsl:when test="$role eq 'table'">
        <xsl:call-template name="t:table"/>
      </xsl:when>
      <!-- the first head of a table is its caption (t:table) -->
      <xsl:when test="$role eq 'caption' and parent::table and . is ../head[1]"/>
      <xsl:when test="self::speaker">
        <xsl:sequence select="t:call('tk-speaker', (), $wrapped)"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- rows and cells are written by t:table; one met elsewhere keeps its words as a block -->
        <xsl:variable name="function" as="xs:string" select="($t:typst-block($role), 'tk-block')[1]"/>
        <xsl:sequence select="t:call($function, $n[$function = ('tk-paragraph', 'tk-quotation', 'tk-verse')], $wrapped)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Content without the white space it starts with: after a paragraph's number, Typst would set it. -->
  <xsl:function name="t:trim-start" as="node()*">
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="first" as="node()?" select="head($content)"/>
    <xsl:sequence select="if ($first instance of text() and not(normalize-space($first))) then t:trim-start(tail($content))
      else if ($first instance of text()) then (t:text(replace($first, '^[ \t\r\n]+', '')), tail($content))
      else $content"/>
  </xsl:function>

  <!-- A table: Typst wants the cells as arguments, so the rows are walked here (text between rows and
       cells is only the source's indentation). A row or cell that spans gets colspan/rowspan. -->
  <xsl:template name="t:table" as="node()*">
    <xsl:variable name="rows" as="element()*" select="row"/>
    <xsl:variable name="columns" as="xs:integer" select="t:table-columns(.)"/>
    <xsl:sequence select="t:m('#tk-table(columns: ' || $columns)"/>
    <xsl:for-each select="head[1]">
      <xsl:sequence select="t:m(', caption: [')"/>
      <xsl:apply-templates mode="t:text"/>
      <xsl:sequence select="t:m(']')"/>
    </xsl:for-each>
    <xsl:for-each select="$rows/cell">
      <xsl:variable name="span" as="xs:string*" select="
        (t:cell-columns(.)[. gt 1] ! ('colspan: ' || .)),
        (@rows[. castable as xs:integer][xs:integer(.) gt 1] ! ('rowspan: ' || xs:integer(.)))"/>
      <xsl:variable name="header" as="xs:boolean" select="@role = 'label' or parent::row/@role = 'label'"/>
      <xsl:sequence select="t:m(', ' || (if (exists($span)) then 'table.cell(' || string-join($span, ', ') || ')' else '') || '[')"/>
      <xsl:choose>
        <xsl:when test="$header"><xsl:sequence select="t:call('emph', (), t:lang-wrapped(.))"/></xsl:when>
        <xsl:otherwise><xsl:sequence select="t:lang-wrapped(.)"/></xsl:otherwise>
      </xsl:choose>
      <xsl:sequence select="t:m(']')"/>
    </xsl:for-each>
    <!-- words in a table that are not in a cell (heads after the first, notes between rows) follow it -->
    <xsl:sequence select="t:m(')')"/>
    <xsl:apply-templates select="* except ($rows, head[1])" mode="t:text"/>
  </xsl:template>

  <xsl:template name="t:unknown" as="node()*">
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <xsl:template name="t:section" as="node()*">
    <xsl:param name="role" as="xs:string" select="'division'"/>
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:sequence select="t:m('&#10;')"/>
    <xsl:apply-templates mode="t:text"/>
    <xsl:sequence select="t:m('&#10;')"/>
  </xsl:template>

  <!-- Headings: level 1 for top-level divisions (the edition's title is on the title page, not a
       heading); the first heading of a division carries the division's id as its label, so that it is
       a named destination of the PDF (passage.pdf#sec-2) and a link target. -->
  <xsl:template name="t:heading" as="node()*">
    <xsl:param name="level" as="xs:integer" select="1"/>
    <xsl:choose>
      <xsl:when test="parent::*[t:is-division(.)]">
        <!-- PDF/UA wants heading levels without gaps: count the headed divisions, not all of them -->
        <xsl:variable name="depth" as="xs:integer" select="count(ancestor::*[t:is-division(.)][head])"/>
        <xsl:variable name="label" as="xs:string?"
          select="if (not(preceding-sibling::head)) then t:label-markup(t:division-id(..)) else ()"/>
        <xsl:sequence select="t:m('&#10;'), t:call('heading', 'level: ' || min((6, $depth)), t:lang-wrapped(.)),
          $label ! t:m(' ' || .), t:m('&#10;')"/>
      </xsl:when>
      <!-- the head of something that is not a division (a note, a quotation, a speech): a caption -->
      <xsl:otherwise><xsl:sequence select="t:call('tk-caption', (), t:lang-wrapped(.))"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The element's content, in a text(lang: …) when it has its own xml:lang. -->
  <xsl:function name="t:lang-wrapped" as="node()*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="content" as="node()*"><xsl:apply-templates select="$e/node()" mode="t:text"/></xsl:variable>
    <xsl:sequence select="if (t:lang-args($e)) then t:call('text', t:lang-args($e), $content) else $content"/>
  </xsl:function>

  <!-- The table of contents is Typst's own outline (page.xsl); divisions are its headings. -->
  <xsl:template name="t:toc-entry" as="empty-sequence()">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="children" as="node()*"/>
  </xsl:template>

  <!-- ==== Inlines ============================================================================== -->

  <!-- How @rend looks on paper. -->
  <xsl:function name="t:rend-functions" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="rend" as="xs:string*" select="tokenize(lower-case($e/@rend), '[\s;:()]+')"/>
    <xsl:sequence select="
      ('emph'[$rend = ('italic', 'italics', 'i', 'it', 'slanted', 'font-style') or $e/self::stage]),
      ('strong'[$rend = ('bold', 'b', 'bf', 'font-weight')]),
      ('smallcaps'[$rend = ('smallcaps', 'small-caps', 'sc', 'caps')]),
      ('underline'[$rend = ('underline', 'underlined', 'u')]),
      ('strike'[$rend = ('strikethrough', 'line-through', 'overstrike')]),
      ('tk-letterspaced'[$rend = ('spaced', 'letterspaced', 'gesperrt', 'spatiert', 'expanded')])"/>
  </xsl:function>

  <xsl:template name="t:inline" as="node()*">
    <xsl:param name="role" as="xs:string" select="'inline'"/>
    <xsl:param name="classes" as="xs:string*" select="()"/>
    <xsl:param name="title" as="xs:string?" select="()"/>
    <xsl:param name="content" as="node()*">
      <xsl:apply-templates mode="t:text"/>
    </xsl:param>
    <xsl:variable name="function" as="xs:string?" select="map {
      'emphasis': 'emph', 'title': 'emph', 'superscript': 'super', 'subscript': 'sub', 'code': 'tk-code',
      'deletion': 'tk-deletion', 'addition': 'tk-addition', 'apparatus': 'tk-apparatus',
      'expansion': 'tk-expansion', 'diplomatic': 'tk-diplomatic', 'supplied': 'tk-supplied', 'unclear': 'tk-unclear',
      'stage': 'emph', 'speaker': 'tk-speaker-run-in', 'role-name': 'smallcaps'}($role)"/>
    <!-- the innermost function first; each is "name" or "name|arguments" -->
    <xsl:iterate select="reverse(($function, t:rend-functions(.)[not(. = $function)], t:lang-args(.) ! ('text|' || .)))">
      <xsl:param name="inner" as="node()*" select="$content"/>
      <xsl:on-completion select="$inner"/>
      <xsl:next-iteration>
        <xsl:with-param name="inner" select="t:call(substring-before(. || '|', '|'), substring-after(., '|')[.], $inner)"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:template>

  <xsl:template name="t:link" as="node()*">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="classes" as="xs:string*" select="()"/>
    <xsl:param name="content" as="node()*">
      <xsl:apply-templates mode="t:text"/>
    </xsl:param>
    <xsl:variable name="url" as="xs:string" select="normalize-space($href)"/>
    <xsl:variable name="local" as="element()?" select="if (starts-with($url, '#')) then t:resolve($url, .) else ()"/>
    <xsl:variable name="label" as="xs:string?" select="$local ! t:link-label(.)"/>
    <xsl:choose>
      <xsl:when test="exists($label)">
        <xsl:sequence select="t:m('#link(' || $label || ')['), $content, t:m(']')"/>
      </xsl:when>
      <!-- only web and mail addresses become links: a PDF link never runs a script or opens a file -->
      <xsl:when test="matches($url, '^(https?://[^\s]+|mailto:[^\s]+)$', 'i')">
        <xsl:sequence select="t:m('#link(' || t:str($url) || ')['), $content, t:m(']')"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$content"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The Typst label of a local link target, when the PDF has one (else nothing: an unlabelled
       target would stop Typst, and so would an id that two elements share). Headed divisions and register
       entries. -->
  <xsl:function name="t:link-label" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/@xml:id and count(key('t:id', string($e/@xml:id), root($e))) gt 1) then ()
      else if (t:is-division($e) and $e/head) then t:label-markup(t:division-id($e))
      else if (t:is-entry($e) and $show-registers and $e/@xml:id and empty($e/ancestor::*[t:is-entry(.)])) then t:entry-label($e)
      else ()"/>
  </xsl:function>

  <!-- The label of a register entry (and of its mentions' markers): a stable id is always a valid Typst
       label, whatever characters the xml:id has. -->
  <xsl:function name="t:entry-label" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="'&lt;tk-entry-' || t:stable-id($entry) || '&gt;'"/>
  </xsl:function>

  <xsl:function name="t:mention-label" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="'&lt;tk-mention-' || t:stable-id($entry) || '&gt;'"/>
  </xsl:function>

  <xsl:template name="t:break" as="node()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="label" as="xs:string?" select="()"/>
    <!-- facsimile: the page's image (the web editions link it; print shows the page, not its image) -->
    <xsl:param name="facsimile" as="xs:string?" select="()"/>
    <xsl:choose>
      <xsl:when test="$kind eq 'line'">
        <!-- a line break of the source: in the PDF the words flow on, as in the HTML edition's prose -->
        <xsl:sequence select="if (@break = ('no', 'false')) then () else t:text(' ')"/>
      </xsl:when>
      <xsl:when test="$kind eq 'caesura'"><xsl:sequence select="t:text(' ')"/></xsl:when>
      <xsl:when test="$kind eq 'anchor'"/>
      <xsl:when test="normalize-space($label) and (parent::lg or parent::sp
          or t:is-division-level(..))">
        <xsl:sequence select="t:call('tk-break-line', (), t:text(normalize-space($label)))"/>
      </xsl:when>
      <xsl:when test="normalize-space($label)">
        <xsl:variable name="space" as="text()?" select="t:text(' ')[not(current()/@break = ('no', 'false'))]"/>
        <xsl:sequence select="$space, t:call('tk-break-mark', (), t:text(normalize-space($label))), $space"/>
      </xsl:when>
      <xsl:otherwise/>
    </xsl:choose>
  </xsl:template>

  <!-- Editorial notes are footnotes, numbered as in the HTML edition; the source's own notes are its
       marks in square brackets (notes.xsl says how a note's body is written). -->
  <xsl:template name="t:note-call" as="node()*">
    <xsl:choose>
      <xsl:when test="t:is-endnote-call(.)">
        <xsl:sequence select="t:m('#tk-source-call(' || t:str(t:note-mark(.)) || ')')"/>
      </xsl:when>
      <xsl:when test="ancestor::note">
        <!-- a note inside a note: Typst has no footnotes in footnotes; its words follow in brackets -->
        <xsl:sequence select="t:call('super', (), t:text(t:note-mark(.))), t:text(' ['), t:note-body(.), t:text(']')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="t:m('#tk-note(' || t:str(t:note-mark(.)) || ', ['), t:note-body(.), t:m('])')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Print shows the text, not its place in the facsimile. -->
  <xsl:template name="t:facsimile-link" as="node()*">
    <xsl:param name="url" as="xs:string"/>
  </xsl:template>

  <xsl:template name="t:mark" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:sequence select="t:call('tk-mark', (), t:text('[' || $text || ']'))"/>
  </xsl:template>

  <!-- A mention: quiet in the text; a marker labelled for its register entry tells the register the
       page it fell on. -->
  <xsl:template name="t:mention" as="node()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="target" as="element()?"/>
    <xsl:param name="number" as="xs:integer?"/>
    <xsl:variable name="entry" as="element()?" select="$target[@xml:id][empty(ancestor::*[t:is-entry(.)])]"/>
    <xsl:sequence select="$entry ! t:m('#metadata(none)' || t:mention-label(.)),
      t:call('tk-mention', (), t:lang-wrapped(.))"/>
  </xsl:template>

  <xsl:template name="t:date" as="node()*">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="t:lang-wrapped(.)"/>
  </xsl:template>

  <!-- A line of verse: its number (every fifth) in the right margin, its indent in ems, and for a later
       part of a split line the words of the earlier parts, which edition.typ measures to start the part
       where they ended. -->
  <xsl:template name="t:verse-line" as="node()*">
    <xsl:param name="number" as="xs:string"/>
    <xsl:param name="show-number" as="xs:boolean"/>
    <xsl:param name="anchor" as="xs:string?" select="()"/>
    <xsl:param name="indent" as="xs:decimal" select="0"/>
    <xsl:param name="after" as="xs:string?" select="()"/>
    <xsl:param name="content" as="node()*">
      <xsl:apply-templates mode="t:text"/>
    </xsl:param>
    <xsl:sequence select="t:call('tk-line', (('n: ' || t:str($number))[$show-number], ('indent: ' || $indent || 'em')[$indent gt 0],
      ('after: ' || t:str($after))[normalize-space($after)]),
      if (t:lang-args(.)) then t:call('text', t:lang-args(.), $content) else $content)"/>
  </xsl:template>

  <xsl:template name="t:graphic" as="node()*">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="description" as="xs:string"/>
    <!-- the renderer copies the allowed files in, by the url as written (toolkit/outputs/pdf.py) -->
    <xsl:sequence select="t:m('#tk-graphic(' || (if ($url) then t:str(@url) else 'none') || ', shown: ' || t:str(t:clean-url(@url))
      || (if (normalize-space($description)) then ', alt: ' || t:str($description) else '')
      || ', missing: ' || t:str(t:label('image-missing')) || ')')"/>
  </xsl:template>
</xsl:stylesheet>
