<?xml version="1.0" encoding="UTF-8"?>
<!--
  Verse (TEI module verse): line groups and lines.
  A top-level line group is a stanza set apart by space (and a citable paragraph); a group inside a group
  is a stanza of a poem. A line's number is the last numeric part of its @n ("1.1.5" and "5" are both
  line 5), else its place among the lines of its top-level line group (of its division in a play, where
  the speeches' line groups are short); every fifth number is shown, in a margin of its own, never the
  margin of the paragraph numbers. The full @n is the line's anchor (play.html#1.1.5). A line split
  between speakers (@part="I|M|F") starts where the earlier parts ended; @rend, @style and @rendition
  indent a line ("indent", "indent(2)", "margin-left: 2em").
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="lg" mode="t:text" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="if (ancestor::lg) then 'stanza' else 'verse'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="l" mode="t:text" as="node()*">
    <xsl:variable name="number" as="xs:integer?" select="t:line-number(.)"/>
    <xsl:variable name="earlier" as="element(l)*" select="t:earlier-parts(.)"/>
    <xsl:call-template name="t:verse-line">
      <xsl:with-param name="number" select="string($number)"/>
      <!-- a split line's number is shown once, with its first part -->
      <xsl:with-param name="show-number" select="exists($number) and $number mod 5 eq 0 and empty($earlier)"/>
      <xsl:with-param name="anchor" select="if (@n) then t:line-anchor(.) else ()"/>
      <xsl:with-param name="indent" select="t:line-indent(($earlier, .)[1])"/>
      <!-- with the speakers that run into them: a run-in part starts after the earlier parts' speakers and words -->
      <xsl:with-param name="after" select="if (empty($earlier)) then () else
        ($earlier ! (t:leading-speaker(.), .) ! normalize-space(t:plain(.))[. ne ''] => string-join(' '))"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:call-template name="t:speaker-lead"/>
        <xsl:apply-templates mode="t:text"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="caesura" mode="t:text" as="node()*">
    <xsl:call-template name="t:break"><xsl:with-param name="kind" select="'caesura'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="rhyme | metSym" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <!-- ==== Numbers and anchors ================================================================ -->

  <!-- Lines by their @n, to find the first line that carries a number (its anchor). -->
  <xsl:key name="t:line-n" match="l[@n]" use="normalize-space(@n)"/>

  <!-- Is this line the second or a later part of a line split between speeches? -->
  <xsl:function name="t:is-continuation" as="xs:boolean">
    <xsl:param name="l" as="element(l)"/>
    <xsl:sequence select="upper-case(normalize-space($l/@part)) = ('M', 'F')"/>
  </xsl:function>

  <!-- The line's number: the last run of digits in @n ("1.1.5" → 5, "12a" → 12); a line without @n
       counts among the lines of its top-level line group, or of its division when it is spoken (the
       later parts of a split line are not lines of their own). A @n without digits: no number. -->
  <xsl:function name="t:line-number" as="xs:integer?">
    <xsl:param name="l" as="element(l)"/>
    <xsl:variable name="n" as="xs:string" select="normalize-space($l/@n)"/>
    <xsl:sequence select="if ($n) then (tokenize($n, '\D+')[. ne ''])[last()] ! xs:integer(.)
      else if (t:is-continuation($l)) then ()
      else if (root($l) is $t:source) then head($l ! accumulator-before('t:line'))
      else count($l/preceding-sibling::l[not(t:is-continuation(.))]) + 1"/>
  </xsl:function>

  <!-- Where lines are counted from: a division (a scene of a play) and the other containers of the
       running text (t:is-division-level), a top-level line group that is not spoken (a poem, a song), a
       note. A stack, so that the lines after a nested division or poem go on with the count of the
       division around it. (Patterns by name: they are tried on every element.) -->
  <xsl:accumulator name="t:line" as="xs:integer*" initial-value="0">
    <xsl:accumulator-rule match="body | front | back | div | div1 | div2 | div3 | div4 | div5 | div6 | div7
      | postscript | epigraph | argument | group | text | note | lg[not(ancestor::lg | ancestor::sp)]" phase="start" select="(0, $value)"/>
    <xsl:accumulator-rule match="body | front | back | div | div1 | div2 | div3 | div4 | div5 | div6 | div7
      | postscript | epigraph | argument | group | text | note | lg[not(ancestor::lg | ancestor::sp)]" phase="end" select="tail($value)"/>
    <xsl:accumulator-rule match="l[not(t:is-continuation(.))][not(t:in-variant(.))]" phase="start" select="(head($value) + 1, tail($value))"/>
  </xsl:accumulator>

  <!-- The id that keeps a line's @n citable: the @n itself ("1.1.5"; an @n never begins like the
       edition's own ids, and an xml:id cannot begin with a digit), or "line-" and the @n when it begins
       with another character; white space becomes "_". Only the first line with that @n gets it, and
       only if no element of the source has it as its xml:id: ids stay unique. -->
  <xsl:function name="t:line-anchor" as="xs:string?">
    <xsl:param name="l" as="element(l)"/>
    <xsl:variable name="n" as="xs:string" select="normalize-space($l/@n)"/>
    <xsl:variable name="id" as="xs:string" select="(if (matches($n, '^\d')) then '' else 'line-') || translate($n, ' ', '_')"/>
    <xsl:sequence select="$id[$n ne ''][key('t:line-n', $n, root($l))[1] is $l][empty(key('t:id', $id, root($l)))]"/>
  </xsl:function>

  <!-- ==== Split lines and indentation ========================================================= -->

  <!-- The earlier parts of a split line, first part first: for a middle or final part, the parts
       before it back to the initial one (@part="I"). Nothing for any other line. -->
  <xsl:function name="t:earlier-parts" as="element(l)*">
    <xsl:param name="l" as="element(l)"/>
    <xsl:variable name="previous" as="element(l)?" select="$l[t:is-continuation(.)]/preceding::l[1]"/>
    <xsl:variable name="part" as="xs:string" select="upper-case(normalize-space($previous/@part))"/>
    <xsl:sequence select="if ($part eq 'I') then $previous
      else if ($part eq 'M') then (t:earlier-parts($previous), $previous) else ()"/>
  </xsl:function>

  <!-- How far a line is indented, in ems: from @rend ("indent" = 1 step of 1.5em, "indent(2)", "indent2",
       "indent-2", "i2" = 2 steps), or from a CSS margin-left, padding-left or text-indent in @rend,
       @style or a rendition it points to ("margin-left: 2em", "margin-left:30px", "3ch", "1cm").
       Any other value: 0 (the words are shown all the same). At most 20em. -->
  <xsl:function name="t:line-indent" as="xs:decimal">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="if (empty($l/(@rend | @style | @rendition))) then 0 else t:rend-indent($l)"/>
  </xsl:function>

  <xsl:function name="t:rend-indent" as="xs:decimal">
    <xsl:param name="l" as="element()"/>
    <xsl:variable name="css" as="xs:string*" select="lower-case($l/@rend), lower-case($l/@style),
      tokenize($l/@rendition) ! t:resolve(., $l)[self::rendition] ! lower-case(.)"/>
    <xsl:variable name="steps" as="xs:decimal*" select="tokenize(lower-case($l/@rend)) !
      (if (. = ('indent', 'indented')) then 1
       else if (matches(., '^(indent|i)[\-_(:]?\d+(\.\d+)?\)?$')) then xs:decimal(replace(., '^\D+(\d+(\.\d+)?)\)?$', '$1'))
       else ())"/>
    <xsl:variable name="lengths" as="xs:decimal*" select="$css ! (analyze-string(., '(margin-left|padding-left|text-indent)\s*:\s*(\d+(\.\d+)?|\.\d+)\s*(em|rem|ch|px|pt|cm|mm|in)?')
      /*:match ! t:ems(xs:decimal(replace(*:group[@nr = 2], '^\.', '0.')), string(*:group[@nr = 4])))"/>
    <xsl:sequence select="min((20, sum(($steps ! (. * 1.5), $lengths))))"/>
  </xsl:function>

  <!-- A CSS length in ems (a page's em: 16px, 12pt). -->
  <xsl:function name="t:ems" as="xs:decimal">
    <xsl:param name="value" as="xs:decimal"/>
    <xsl:param name="unit" as="xs:string"/>
    <xsl:sequence select="round($value * (map {'em': 1, 'rem': 1, 'ch': 0.5, 'px': 0.0625, 'pt': 0.0833,
      'cm': 2.3622, 'mm': 0.23622, 'in': 6}($unit), 1)[1], 2)"/>
  </xsl:function>
</xsl:stylesheet>
