<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcription in the PDF edition (what each construct is: common/transcr.xsl).
  - t:choice: the normalised reading in the text; the other reading is an apparatus footnote (lettered,
    edition.typ tk-variant) only where -p choice-notes asks for it; in a note, where there are no
    footnotes, it follows in square brackets.
  - t:index-point and t:back-index: each index point leaves a marker labelled for its entry; the Index
    after the text lists each term with the pages its markers fell on (tk-pages, as the registers do).
  - t:binary-object: a placeholder with the data's type and size (the PDF never decodes it).
  - t:code-block: a raw block (XML highlighted by Typst), its text a Typst string literal (t:raw-str).
  - t:formula: MathML as Typst math for the common presentation elements; whatever else is met is set
    as plain text inside the formula and reported (pdf.mathml).
  Modes: t:text, t:math.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xmlns:m="http://www.w3.org/1998/Math/MathML"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- ==== choice =============================================================================== -->

  <xsl:template name="t:choice" as="node()*">
    <xsl:param name="normalised" as="element()?"/>
    <xsl:param name="diplomatic" as="element()?"/>
    <xsl:param name="others" as="element()*"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="noted" as="xs:boolean"/>
    <xsl:apply-templates select="$normalised" mode="t:text"/>
    <xsl:if test="$noted">
      <xsl:variable name="set-aside" as="element()*" select="$diplomatic, $others"/>
      <xsl:variable name="readings" as="node()*">
        <xsl:sequence select="t:text(t:reading-label($set-aside[1]) || ': ')"/>
        <xsl:for-each select="$set-aside">
          <xsl:if test="position() gt 1"><xsl:sequence select="t:text(' / ')"/></xsl:if>
          <xsl:apply-templates select="." mode="t:text"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="exists(ancestor::text) and empty(ancestor::note)">
          <xsl:sequence select="t:m('#tk-variant(' || t:str(t:apparatus-mark(.)) || ', ['), $readings, t:m('])')"/>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="t:text(' ['), $readings, t:text(']')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- What "About this edition" says of the readings the text shows (page.xsl). -->
  <xsl:template name="t:reading-policy" as="node()*">
    <xsl:if test="text//choice[exists(t:diplomatic-reading(.))][empty(text()[normalize-space()])]">
      <xsl:sequence select="t:call('emph', (), t:text(t:label('reading-policy'))), t:m('&#10;&#10;')"/>
    </xsl:if>
  </xsl:template>

  <!-- ==== index/term =========================================================================== -->

  <xsl:template name="t:index-point" as="node()*">
    <xsl:param name="keys" as="xs:string*"/>
    <xsl:sequence select="$keys ! t:m('#metadata(none)&lt;tk-index-' || . || '&gt;')"/>
  </xsl:template>

  <!-- The Index, after the text: each term (sub-entries indented) with its pages; one part per named
       index when there are several. -->
  <xsl:template name="t:back-index" as="node()*">
    <xsl:variable name="entries" as="element(t:entry)*" select="t:index-entries(.)"/>
    <xsl:if test="exists($entries)">
      <xsl:sequence select="t:m('&#10;#pagebreak(weak: true)&#10;'), t:call('heading', 'level: 1', t:text(t:label('index'))),
        t:m(' &lt;index&gt;&#10;#tk-index[')"/>
      <xsl:for-each-group select="$entries" group-adjacent="string(@name)">
        <xsl:if test="current-grouping-key() and count(distinct-values($entries/@name)) gt 1">
          <xsl:sequence select="t:call('tk-index-name', (), t:text(current-grouping-key()))"/>
        </xsl:if>
        <xsl:for-each select="current-group()">
          <xsl:sequence select="t:m('#tk-index-entry(level: ' || @level || ', pages: tk-pages(&lt;tk-index-' || @key || '&gt;))['),
            t:text(@term), t:m(']&#10;')"/>
        </xsl:for-each>
      </xsl:for-each-group>
      <xsl:sequence select="t:m(']&#10;')"/>
    </xsl:if>
  </xsl:template>

  <!-- ==== binaryObject ========================================================================= -->

  <xsl:template name="t:binary-object" as="node()*">
    <xsl:param name="image" as="xs:string"/>
    <xsl:param name="description" as="xs:string"/>
    <xsl:sequence select="t:call('tk-mark', (), t:text('[' || $description || ']'))"/>
  </xsl:template>

  <!-- ==== egXML, eg ============================================================================ -->

  <xsl:template name="t:code-block" as="node()*">
    <xsl:param name="language" as="xs:string"/>
    <xsl:param name="tokens" as="element(t:token)*"/>
    <xsl:sequence select="t:m('#tk-code-block(' || (if ($language) then 'lang: ' || t:str($language) || ', ' else '')
      || t:raw-str(string-join($tokens)) || ')')"/>
  </xsl:template>

  <!-- A Typst string literal that keeps its white space and line breaks (t:str collapses them): for the
       raw text of code, which Typst sets character for character and never reads as markup. -->
  <xsl:function name="t:raw-str" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="'&quot;' || replace(replace(replace(replace(replace($value, '\\', '\\\\'), '&quot;', '\\&quot;'),
      '&#10;', '\\n'), '&#13;', '\\r'), '&#9;', '\\t') || '&quot;'"/>
  </xsl:function>

  <!-- ==== MathML as Typst math ================================================================= -->

  <!-- A formula: Typst math made here from the MathML, every token of which is a Typst string, a
       number, one letter, or one symbol (ASCII punctuation escaped): nothing of the source is markup.
       Its alternative text (PDF/UA) is @alttext, else its tokens. -->
  <xsl:template name="t:formula" as="node()*">
    <xsl:variable name="body" as="xs:string" select="t:math-row(if (self::m:math) then * else .)"/>
    <xsl:variable name="alt" as="xs:string" select="(@alttext[normalize-space()],
      normalize-space(string-join(.//text()[empty(ancestor::m:annotation | ancestor::m:annotation-xml)], ' ')))[1]"/>
    <xsl:variable name="block" as="xs:boolean" select="@display = 'block'
      or (parent::formula and tokenize(lower-case(../@rend)) = ('display', 'block'))"/>
    <xsl:sequence select="t:m('#tk-formula(block: ' || (if ($block) then 'true' else 'false') || ', alt: ' || t:str($alt) || ', $' || $body || '$)')"/>
  </xsl:template>

  <!-- Elements as one row of math: each converted, separated by spaces ("" when there is nothing). -->
  <xsl:function name="t:math-row" as="xs:string">
    <xsl:param name="elements" as="element()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$elements" mode="t:math"/>
    </xsl:variable>
    <xsl:sequence select="(string-join($parts[.], ' ')[.], '&quot;&quot;')[1]"/>
  </xsl:function>

  <!-- One token of math: a number or a letter as it is, a symbol (ASCII punctuation escaped), anything
       longer a string (set upright). -->
  <xsl:function name="t:math-atom" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="s" as="xs:string" select="normalize-space($value)"/>
    <xsl:sequence select="
      if (matches($s, '^([0-9]+(\.[0-9]+)?|\p{L})$')) then $s
      else if (matches($s, '^[!-/:-@\[-`{-~]$')) then '\' || $s
      else if (matches($s, '^[\p{S}\p{P}]$')) then $s
      else t:str($s)"/>
  </xsl:function>

  <!-- @mathvariant as a Typst style function around a token. -->
  <xsl:function name="t:math-variant" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="token" as="xs:string"/>
    <xsl:variable name="function" as="xs:string?" select="map {
      'normal': 'upright', 'bold': 'bold', 'italic': 'italic', 'bold-italic': 'bold', 'double-struck': 'bb',
      'script': 'cal', 'bold-script': 'cal', 'fraktur': 'frak', 'bold-fraktur': 'frak', 'sans-serif': 'sans',
      'monospace': 'mono'}(string($e/@mathvariant))"/>
    <xsl:sequence select="if ($function) then $function || '(' || $token || ')' else $token"/>
  </xsl:function>

  <xsl:mode name="t:math" on-no-match="shallow-skip"/>

  <xsl:template match="m:mi | m:mn | m:mo" mode="t:math" as="xs:string">
    <xsl:sequence select="t:math-variant(., t:math-atom(.))"/>
  </xsl:template>

  <xsl:template match="m:mtext | m:ms" mode="t:math" as="xs:string">
    <xsl:sequence select="t:math-variant(., t:str(if (self::m:ms) then '&quot;' || . || '&quot;' else string(.)))"/>
  </xsl:template>

  <xsl:template match="m:mspace" mode="t:math" as="xs:string">thin</xsl:template>

  <xsl:template match="m:mrow | m:mstyle | m:mpadded | m:merror | m:mphantom | m:menclose | m:math" mode="t:math" as="xs:string">
    <xsl:sequence select="t:math-row(*)"/>
  </xsl:template>

  <!-- semantics, maction: their first child is the formula; the rest are other encodings of it. -->
  <xsl:template match="m:semantics | m:maction" mode="t:math" as="xs:string">
    <xsl:sequence select="t:math-row(*[1])"/>
  </xsl:template>

  <xsl:template match="m:none | m:mprescripts | m:annotation | m:annotation-xml" mode="t:math" as="xs:string">
    <xsl:sequence select="''"/>
  </xsl:template>

  <xsl:template match="m:msup | m:msub | m:msubsup | m:munder | m:mover | m:munderover" mode="t:math" as="xs:string">
    <xsl:variable name="base" as="xs:string" select="t:math-row(*[1])"/>
    <xsl:variable name="scripts" as="xs:string*" select="
      if (self::m:msup or self::m:mover) then 't: ' || t:math-row(*[2])
      else if (self::m:msub or self::m:munder) then 'b: ' || t:math-row(*[2])
      else ('b: ' || t:math-row(*[2]), 't: ' || t:math-row(*[3]))"/>
    <xsl:sequence select="'attach(' || (if (self::m:munder or self::m:mover or self::m:munderover) then 'limits(' || $base || ')'
      else $base) || ', ' || string-join($scripts, ', ') || ')'"/>
  </xsl:template>

  <xsl:template match="m:mfrac" mode="t:math" as="xs:string">
    <xsl:sequence select="'frac(' || t:math-row(*[1]) || ', ' || t:math-row(*[2]) || ')'"/>
  </xsl:template>

  <xsl:template match="m:msqrt" mode="t:math" as="xs:string">
    <xsl:sequence select="'sqrt(' || t:math-row(*) || ')'"/>
  </xsl:template>

  <xsl:template match="m:mroot" mode="t:math" as="xs:string">
    <xsl:sequence select="'root(' || t:math-row(*[2]) || ', ' || t:math-row(*[1]) || ')'"/>
  </xsl:template>

  <xsl:template match="m:mfenced" mode="t:math" as="xs:string">
    <xsl:variable name="separator" as="xs:string" select="(@separators ! normalize-space(.)[.] ! substring(., 1, 1), ',')[1]"/>
    <xsl:sequence select="t:math-atom((@open, '(')[1]) || ' '
      || string-join(* ! t:math-row(.), ' ' || t:math-atom($separator) || ' ') || ' ' || t:math-atom((@close, ')')[1])"/>
  </xsl:template>

  <xsl:template match="m:mtable" mode="t:math" as="xs:string">
    <xsl:sequence select="'mat(delim: #none, ' || string-join(m:mtr ! string-join(m:mtd ! t:math-row(*), ', '), '; ') || ')'"/>
  </xsl:template>

  <!-- Anything else (mmultiscripts, content MathML, another namespace): its words as text, reported. -->
  <xsl:template match="*" mode="t:math" priority="-1" as="xs:string">
    <xsl:call-template name="t:report">
      <xsl:with-param name="code" select="'pdf.mathml'"/>
      <xsl:with-param name="message" select="'&lt;' || name() || '&gt; in a formula has no Typst math here; the PDF sets its text as plain text'"/>
    </xsl:call-template>
    <xsl:sequence select="t:str(string(.))"/>
  </xsl:template>
</xsl:stylesheet>
