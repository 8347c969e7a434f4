<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcription (TEI module transcr, with choice, sic/corr, abbr/expan, orig/reg from core): what the
  source says and what the editors did to it; and what a transcription carries that is not running
  text: index terms, binary data, XML examples (egXML, tagdocs) and MathML formulas.

  Two views of one transcription. The normalised view (the default, and the reading text of
  toolkit/readingtext.py) shows corr, expan and reg; the diplomatic view shows sic, abbr and orig, and
  the abbreviation marks (am, role "diplomatic"). A choice calls t:choice with both readings: the web
  edition switches between the views and offers the other reading on hover and focus; the print
  edition prints the normalised reading and notes the other only where -p choice-notes asks for it.
  Leiden-like marks: expanded letters (ex, role "expansion": italic, or "(…)" in the diplomatic view),
  supplied words in square brackets, unclear words marked, gaps as "[…]". Deletions and additions
  both stay visible.
  Not running text: index/term is a point of the back-of-book index (t:index-point; t:index-entries
  lists the entries); binaryObject is never its base64 (t:binary-object); egXML is XML code, tokenised
  here (t:code-block); MathML is a formula (t:formula). Their words are not words of the reading text
  (except egXML's, as code), as toolkit/readingtext.py says.
  Modes: t:text, t:plain, t:xml-tokens.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xmlns:eg="http://www.tei-c.org/ns/Examples" xmlns:m="http://www.w3.org/1998/Math/MathML"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- ==== choice: two readings, two views ==================================================== -->

  <xsl:template match="choice" mode="t:text" as="node()*">
    <xsl:variable name="normalised" as="element()?" select="t:normalised-reading(.)"/>
    <xsl:variable name="diplomatic" as="element()?" select="t:diplomatic-reading(.)"/>
    <xsl:call-template name="t:choice">
      <xsl:with-param name="normalised" select="$normalised"/>
      <xsl:with-param name="diplomatic" select="$diplomatic"/>
      <xsl:with-param name="others" select="* except ($normalised, $diplomatic)"/>
      <xsl:with-param name="kind" select="
        if (($diplomatic, $normalised)[1][self::sic or self::corr]) then 'correction'
        else if (($diplomatic, $normalised)[1][self::abbr or self::expan]) then 'abbreviation'
        else if (($diplomatic, $normalised)[1][self::orig or self::reg]) then 'regularisation'
        else 'alternative'"/>
      <xsl:with-param name="noted" select="t:choice-noted(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The reading of a choice in the normalised view and in the reading text: the first corr, expan or
       reg, else the first reading (as toolkit/readingtext.py decides). -->
  <xsl:function name="t:normalised-reading" as="element()?">
    <xsl:param name="choice" as="element(choice)"/>
    <xsl:sequence select="($choice/(corr | expan | reg), $choice/*)[1]"/>
  </xsl:function>

  <!-- The reading of a choice in the diplomatic view: its sic, abbr or orig (none: both views show the
       normalised reading, and any other reading is offered on demand). -->
  <xsl:function name="t:diplomatic-reading" as="element()?">
    <xsl:param name="choice" as="element(choice)"/>
    <xsl:sequence select="($choice/(sic | abbr | orig) except t:normalised-reading($choice))[1]"/>
  </xsl:function>

  <!-- What a reading is, said where it is offered as the other reading ("source reads: teh"). -->
  <xsl:function name="t:reading-label" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="
      if ($reading/self::sic) then t:label('corrected-from') else if ($reading/self::corr) then t:label('correction-of')
      else if ($reading/self::abbr) then t:label('expanded-from') else if ($reading/self::expan) then t:label('expansion-of')
      else if ($reading/self::orig) then t:label('regularised-from') else if ($reading/self::reg) then t:label('regularisation-of')
      else t:label('alternative')"/>
  </xsl:function>

  <!-- Whether the print edition gives a choice an apparatus note: -p choice-notes names the readings
       to note by their TEI names ("sic", "abbr", "orig", …), or "all". A choice with words of its own is
       no choice (below), and is never noted. -->
  <xsl:function name="t:choice-noted" as="xs:boolean">
    <xsl:param name="choice" as="element(choice)"/>
    <xsl:variable name="asked" as="xs:string*" select="tokenize($choice-notes)"/>
    <xsl:sequence select="empty($choice/text()[normalize-space()]) and exists($choice/* except t:normalised-reading($choice))
      and ($asked = 'all' or ($choice/* except t:normalised-reading($choice))/local-name() = $asked)"/>
  </xsl:function>

  <!-- Words directly in a choice are not TEI (a choice holds readings only): such a choice is no
       alternative, and everything in it is shown in its own order, so no word is split or lost. -->
  <xsl:template match="choice[text()[normalize-space()]]" mode="t:text" as="node()*" priority="1">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <!-- The readings inside choice render like their standalone selves (core.xsl). -->

  <xsl:template match="del | surplus" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="role" select="'deletion'"/>
      <xsl:with-param name="title" select="t:label('deleted')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="add" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="role" select="'addition'"/>
      <xsl:with-param name="title" select="string-join((t:label('added'), @place), ' · ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="subst | mod | restore | damage | handShift | retrace | redo | undo"
      mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <!-- Letters the editors added to expand an abbreviation: "d(omi)n(u)s" in the diplomatic view,
       set apart (italic) in the normalised one. -->
  <xsl:template match="ex" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"><xsl:with-param name="role" select="'expansion'"/></xsl:call-template>
  </xsl:template>

  <!-- An abbreviation mark (a macron, a superscript letter, a symbol): shown only in the diplomatic
       view; not a word of the reading text. -->
  <xsl:template match="am" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"><xsl:with-param name="role" select="'diplomatic'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="unclear" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="role" select="'unclear'"/>
      <xsl:with-param name="title" select="string-join((t:label('unclear'), @reason ! translate(., '_-', '  ')), ': ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Supplied words: in square brackets (the web edition's CSS, the print edition's tk-supplied). -->
  <xsl:template match="supplied" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="role" select="'supplied'"/>
      <xsl:with-param name="title" select="string-join((t:label('supplied'), @reason ! translate(., '_-', '  ')), ': ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A gap: an editorial mark "[…]" that says why text is missing and how much. -->
  <xsl:template match="gap | space" mode="t:text" as="node()*">
    <xsl:variable name="extent" as="xs:string?" select="
      if (@quantity) then string-join((@quantity, @unit), ' ') else @extent ! normalize-space(.)"/>
    <xsl:call-template name="t:mark">
      <xsl:with-param name="text" select="string-join(('…', string-join((@reason ! translate(., '_-', '  '), $extent)[.], ', ')[.]), ' ')"/>
      <xsl:with-param name="title" select="string-join((t:label(local-name()), @reason ! translate(., '_-', '  '), $extent, desc ! normalize-space(.)), ', ')"/>
    </xsl:call-template>
    <!-- words inside a gap (its desc, or text an unvalidated document put there) are not lost -->
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <!-- ==== index/term: the back-of-book index ================================================== -->

  <!-- An index point: where the text speaks of its terms. Never words of the line (the terms are in
       the index, not in the text). A nested index is a sub-entry of its parent's term. -->
  <xsl:template match="index" mode="t:text" as="node()*">
    <xsl:call-template name="t:index-point">
      <xsl:with-param name="keys" select="distinct-values(.//term[parent::index][normalize-space()] ! t:index-key(.))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="index | binaryObject | am" mode="t:plain"/>

  <!-- The path of an index term: the index's name, the terms of the indexes it is nested in, itself. -->
  <xsl:function name="t:index-path" as="xs:string+">
    <xsl:param name="term" as="element(term)"/>
    <xsl:sequence select="string($term/ancestor::index[last()]/@indexName),
      ($term/ancestor::index except $term/parent::index) ! t:plain(term[1]), t:plain($term)"/>
  </xsl:function>

  <xsl:key name="t:index-term" match="index/term" use="string-join(t:index-path(.), '&#10;')"/>

  <!-- The key of an index entry: the stable id of the first term with its path. -->
  <xsl:function name="t:index-key" as="xs:string">
    <xsl:param name="term" as="element(term)"/>
    <xsl:sequence select="t:stable-id(key('t:index-term', string-join(t:index-path($term), '&#10;'), root($term))[1])"/>
  </xsl:function>

  <!-- How an index sorts: by its name, then each term by its @sortKey or its letters, without case
       and accents; a sub-entry right after its entry (the tab sorts before any letter). -->
  <xsl:function name="t:index-sort" as="xs:string">
    <xsl:param name="term" as="element(term)"/>
    <xsl:sequence select="string-join((lower-case($term/ancestor::index[last()]/@indexName),
      (($term/ancestor::index except $term/parent::index)/term[1], $term)
      ! lower-case(replace(normalize-unicode(normalize-space((@sortKey, t:plain(.))[1]), 'NFD'), '\p{Mn}', ''))), '&#9;')"/>
  </xsl:function>

  <!-- The entries of the back-of-book index, in index order: one t:entry per term path (name: the
       index's @indexName; level: 1 for a term, 2 for a sub-entry …; key: as t:index-key), holding a
       t:at for each place (id: the stable id of its outermost index element; paragraph: the number of
       the citable paragraph it is in, if any). -->
  <xsl:function name="t:index-entries" as="element(t:entry)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:for-each-group select="$tei/text//index/term[parent::index][normalize-space()]"
        group-by="string-join(t:index-path(.), '&#10;')">
      <xsl:sort select="t:index-sort(.)"/>
      <t:entry name="{ancestor::index[last()]/@indexName}" level="{count(ancestor::index)}" key="{t:index-key(.)}"
          term="{t:plain(.)}">
        <xsl:for-each select="current-group()/ancestor::index[last()]">
          <t:at id="{t:stable-id(.)}" paragraph="{ancestor::*[t:is-numbered(.)][1] ! t:paragraph-number(.)}"/>
        </xsl:for-each>
      </t:entry>
    </xsl:for-each-group>
  </xsl:function>

  <!-- ==== binaryObject: data, not words ======================================================== -->

  <!-- Base64 data (an image, a sound, a file) is never printed. A small image the browser can show is
       passed on as a data: URL made here from a known image type and checked base64 (nothing of the
       document's own choosing); anything else is a placeholder with its type and size. -->
  <xsl:template match="binaryObject" mode="t:text" as="node()*">
    <xsl:variable name="data" as="xs:string" select="replace(string(.), '\s+', '')"/>
    <xsl:variable name="base64" as="xs:boolean" select="(empty(@encoding) or lower-case(normalize-space(@encoding)) = 'base64')
      and $data castable as xs:base64Binary"/>
    <xsl:variable name="bytes" as="xs:integer" select="if ($base64)
      then string-length($data) * 3 idiv 4 - string-length(replace($data, '[^=]', '')) else string-length($data)"/>
    <xsl:variable name="type" as="xs:string?" select="tokenize(lower-case(normalize-space(@mimeType)), '[\s;]')[1]"/>
    <xsl:variable name="size" as="xs:string" select="if ($bytes lt 1024) then t:label('size-bytes', string($bytes))
      else t:label('size-kb', string(round($bytes div 1024)))"/>
    <xsl:call-template name="t:binary-object">
      <xsl:with-param name="image" select="if ($base64 and $type = ('image/png', 'image/jpeg', 'image/gif', 'image/webp')
        and $bytes le $t:max-binary-image and $bytes gt 0) then 'data:' || $type || ';base64,' || $data else ''"/>
      <xsl:with-param name="description" select="t:label('binary-object') || ': ' || string-join(($type, $size), ', ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The largest image, in bytes, that binaryObject shows as itself (a self-contained page carries it). -->
  <xsl:variable name="t:max-binary-image" as="xs:integer" select="512 * 1024"/>

  <!-- ==== egXML: an XML example is code ======================================================= -->

  <!-- The example as XML code, its tags included. The elements inside are the example's (namespace
       http://www.tei-c.org/ns/Examples), not TEI: they are never rendered or reported as TEI. -->
  <xsl:template match="eg:egXML | egXML" mode="t:text" as="node()*">
    <xsl:call-template name="t:code-block">
      <xsl:with-param name="language" select="'xml'"/>
      <xsl:with-param name="tokens" select="t:dedent(t:xml-tokens(node()))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- An element of the examples' namespace outside egXML: code as well. -->
  <xsl:template match="eg:*" mode="t:text" priority="-5" as="node()*">
    <xsl:call-template name="t:code-block">
      <xsl:with-param name="language" select="'xml'"/>
      <xsl:with-param name="tokens" select="t:dedent(t:xml-tokens(.))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- eg: an example as the document wrote it, its characters as they are. -->
  <xsl:template match="eg" mode="t:text" as="node()*">
    <xsl:call-template name="t:code-block">
      <xsl:with-param name="language" select="''"/>
      <xsl:with-param name="tokens" as="element(t:token)*"><t:token kind="text">{string(.)}</t:token></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- XML as it is written, in tokens of kind tag, attribute, value, text, comment, pi; their strings
       joined are the example (toolkit/readingtext.py serialises it the same way). -->
  <xsl:function name="t:xml-tokens" as="element(t:token)*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:apply-templates select="$nodes" mode="t:xml-tokens"/>
  </xsl:function>

  <xsl:mode name="t:xml-tokens" on-no-match="shallow-skip"/>

  <xsl:template match="*" mode="t:xml-tokens" as="element(t:token)+">
    <t:token kind="tag">&lt;{name()}</t:token>
    <xsl:for-each select="@*">
      <t:token kind="attribute"> {name()}=</t:token>
      <t:token kind="value">"{t:xml-escape(., true())}"</t:token>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="node()">
        <t:token kind="tag">&gt;</t:token>
        <xsl:apply-templates mode="t:xml-tokens"/>
        <t:token kind="tag">&lt;/{name()}&gt;</t:token>
      </xsl:when>
      <xsl:otherwise><t:token kind="tag">/&gt;</t:token></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="t:xml-tokens" as="element(t:token)">
    <t:token kind="text">{t:xml-escape(., false())}</t:token>
  </xsl:template>

  <xsl:template match="comment()" mode="t:xml-tokens" as="element(t:token)">
    <t:token kind="comment">&lt;!--{.}--&gt;</t:token>
  </xsl:template>

  <xsl:template match="processing-instruction()" mode="t:xml-tokens" as="element(t:token)">
    <t:token kind="pi">&lt;?{string-join((name(), string(.)[.]), ' ')}?&gt;</t:token>
  </xsl:template>

  <xsl:function name="t:xml-escape" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:param name="attribute" as="xs:boolean"/>
    <xsl:variable name="escaped" as="xs:string" select="replace(replace($value, '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;')"/>
    <xsl:sequence select="if ($attribute) then replace($escaped, '&quot;', '&amp;quot;') else replace($escaped, '&gt;', '&amp;gt;')"/>
  </xsl:function>

  <!-- The tokens without the indentation the example shares with the document around it, and without
       white space before its first and after its last character. -->
  <xsl:function name="t:dedent" as="element(t:token)*">
    <xsl:param name="tokens" as="element(t:token)*"/>
    <xsl:variable name="lines" as="xs:string*" select="tail(tokenize(string-join($tokens), '\n'))[normalize-space()]"/>
    <xsl:variable name="indent" as="xs:integer" select="min((1000, $lines ! (string-length(.) - string-length(replace(., '^[ \t]+', '')))))"/>
    <xsl:variable name="kept" as="xs:integer*" select="for $i in 1 to count($tokens)
      return $i[normalize-space($tokens[$i]) or $tokens[$i]/@kind ne 'text']"/>
    <xsl:for-each select="$tokens[exists($kept)]">
      <xsl:variable name="at" as="xs:integer" select="position()"/>
      <xsl:variable name="text" as="xs:string" select="if ($indent gt 0) then replace(., '\n[ \t]{0,' || $indent || '}', '&#10;') else string(.)"/>
      <xsl:variable name="text" as="xs:string" select="if ($at lt $kept[1]) then '' else if ($at eq $kept[1]) then replace($text, '^\s+', '') else $text"/>
      <xsl:variable name="text" as="xs:string" select="if ($at gt $kept[last()]) then '' else if ($at eq $kept[last()]) then replace($text, '\s+$', '') else $text"/>
      <xsl:if test="$text"><t:token kind="{@kind}">{$text}</t:token></xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- ==== MathML: a formula ================================================================== -->

  <!-- MathML, inside formula or anywhere: mathematics, set as such by each edition (t:formula). -->
  <xsl:template match="m:math | m:*[empty(ancestor::m:math)]" mode="t:text" as="node()*">
    <xsl:call-template name="t:formula"/>
  </xsl:template>
</xsl:stylesheet>

