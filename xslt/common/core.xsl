<?xml version="1.0" encoding="UTF-8"?>
<!--
  Core (TEI module core): paragraphs, highlighting, quotation, titles, bibliographic references,
  links, lists, breaks, notes, editorial marks shared by every kind of text.
  Each template says what the element is and calls one behaviour (t:block, t:inline, t:link, t:break,
  t:note-call, t:mark); the output's behaviours file decides how that looks.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="p | ab" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'paragraph'"/></xsl:call-template>
  </xsl:template>

  <!-- hi: the look comes from @rend (italic, bold, superscript, small-caps…) as classes. -->
  <xsl:template match="hi" mode="t:text" as="node()*">
    <xsl:variable name="rend" as="xs:string*" select="tokenize(lower-case(@rend), '[\s;:()]+')"/>
    <xsl:call-template name="t:inline">
      <xsl:with-param name="role" select="if ($rend = ('sup', 'superscript')) then 'superscript'
        else if ($rend = ('sub', 'subscript')) then 'subscript' else 'inline'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="emph" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"><xsl:with-param name="role" select="'emphasis'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="term | gloss | mentioned | soCalled | distinct | num | measure | unit | abbr | expan
      | orig | reg | sic | corr | seg | c | w | pc | foreign | lang
      | code | ident | val | gi | att | tag | said[not(t:is-block-quotation(.))] | q | quote | desc | label[not(parent::list)]
      | idno | email | bibl | biblScope | pubPlace | publisher | author | editor | edition | extent | series
      | biblStruct | monogr | analytic | imprint | citedRange | respStmt | resp | time | origDate | origPlace | span
      | title" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="role" select="if (self::title[@level = ('m', 'j', 's') or not(@level)]) then 'title'
        else if (self::code) then 'code' else 'inline'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A quotation set off from the text. A cit's notes that follow its quote are called at the end of
       the quotation (inside it), so the call mark sits after the last word. -->
  <xsl:template match="cit[t:is-block-quotation(.)] | quote[t:is-block-quotation(.)]
      | said[t:is-block-quotation(.)]" mode="t:text" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'quotation'"/>
      <!-- a quotation of phrases is one paragraph (t:quotation-text), which carries the number -->
      <xsl:with-param name="numbered" select="exists(self::cit | p | lg | ab | sp | list)"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:choose>
          <xsl:when test="self::cit">
            <xsl:variable name="quotes" as="element()*" select="quote | q | said"/>
            <xsl:variable name="trailing" as="element()*" select="note[preceding-sibling::*[. intersect $quotes]]"/>
            <xsl:for-each select="$quotes">
              <xsl:call-template name="t:quotation-text">
                <xsl:with-param name="after" select="$trailing[current() is (preceding-sibling::quote | preceding-sibling::q | preceding-sibling::said)[last()]]"/>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:apply-templates select="node() except ($quotes, $trailing)" mode="t:text"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="t:quotation-text"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The words of a block quotation: its paragraphs, or one paragraph when it holds only phrases. -->
  <xsl:template name="t:quotation-text" as="node()*">
    <xsl:param name="after" as="element()*" select="()"/>
    <xsl:choose>
      <xsl:when test="p | lg | ab | sp | list">
        <xsl:apply-templates select="node()" mode="t:text"/>
        <xsl:apply-templates select="$after" mode="t:text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t:block">
          <xsl:with-param name="role" select="'paragraph'"/>
          <xsl:with-param name="content" as="node()*">
            <xsl:apply-templates select="node()" mode="t:text"/>
            <xsl:apply-templates select="$after" mode="t:text"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- cit inside a sentence: its parts inline. -->
  <xsl:template match="cit" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <!-- Links: ref with its own text, ptr with the name of what it points to (words the edition adds).
       Only what the URL policy (linking.xsl) allows becomes a link. -->
  <xsl:template match="ref[@target][exists(t:link-url(tokenize(@target)[1]))]" mode="t:text" as="node()*">
    <xsl:call-template name="t:link">
      <xsl:with-param name="href" select="t:link-url(tokenize(@target)[1])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A link the policy refuses (javascript:, data:, file:…): its words stay, as text, and it is reported;
       a ptr shows the address it gave. -->
  <xsl:template match="ref[@target] | ptr[@target]" mode="t:text" priority="0.25" as="node()*">
    <xsl:call-template name="t:report">
      <xsl:with-param name="code" select="'url.scheme'"/>
      <xsl:with-param name="message" select="'&lt;' || name() || ' target=&quot;' || t:clean-url(tokenize(@target)[1])
        || '&quot;&gt; is shown as text, not as a link: links may be #fragments, relative paths, http:, https: or mailto:'"/>
    </xsl:call-template>
    <xsl:call-template name="t:inline">
      <xsl:with-param name="content" as="node()*">
        <xsl:apply-templates mode="t:text"/>
        <xsl:if test="self::ptr"><xsl:value-of select="t:clean-url(tokenize(@target)[1])"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="ptr[@target][exists(t:link-url(tokenize(@target)[1]))]" mode="t:text" as="node()*">
    <xsl:variable name="href" as="xs:string" select="t:link-url(tokenize(@target)[1])"/>
    <xsl:variable name="local" as="element()?" select="if (starts-with($href, '#')) then t:resolve($href, .) else ()"/>
    <xsl:call-template name="t:link">
      <xsl:with-param name="href" select="$href"/>
      <xsl:with-param name="classes" select="'ed-added'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:value-of select="
          if ($local/self::note) then t:label('note', t:note-mark($local))
          else if ($local[t:is-numbered(.)]) then t:label('paragraph-short', string(t:paragraph-number($local)))
          else if ($local[t:is-entry(.)]) then t:entry-name($local)
          else if ($local/head) then t:plain($local/head[1])
          else if ($local) then string-join(tokenize(t:plain($local))[position() le 6], ' ')
            || (if (count(tokenize(t:plain($local))) gt 6) then ' …' else '')
          else $href"/>
      </xsl:with-param>
    </xsl:call-template>
    <!-- a ptr is empty in TEI; words an unvalidated document put in one follow the link -->
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <xsl:template match="ref | ptr" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <!-- Lists: glossary lists (label + item) become term/definition lists. -->
  <xsl:template match="list" mode="t:text" as="node()*">
    <xsl:apply-templates select="head" mode="t:text"/>
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="
        if (label) then 'gloss-list'
        else if (tokenize(@rend) = ('numbered', 'ordered', 'decimal', 'roman') or @type = ('ordered', 'numbered'))
        then 'ordered-list' else 'list'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:apply-templates select="node() except head" mode="t:text"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="item" mode="t:text" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="if (parent::list/label) then 'gloss' else 'item'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="list/label" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'term'"/></xsl:call-template>
  </xsl:template>

  <!-- Headings of lists, verse groups and figures: a label above them (div heads: textstructure.xsl). -->
  <xsl:template match="list/head | lg/head | figure/head | listBibl/head | castList/head | table/head
      | listPerson/head | listPlace/head | listOrg/head | listEvent/head | listRelation/head | listNym/head"
      mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'caption'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="listBibl" mode="t:text" as="node()*">
    <xsl:apply-templates select="head" mode="t:text"/>
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'list'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:for-each select="* except head">
          <xsl:call-template name="t:block"><xsl:with-param name="role" select="'item'"/></xsl:call-template>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="address" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'address'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="addrLine" mode="t:text" as="node()*">
    <xsl:call-template name="t:block"><xsl:with-param name="role" select="'line'"/></xsl:call-template>
  </xsl:template>

  <!-- Breaks: lines, pages and columns of the source. They are empty in TEI; should one hold words
       anyway (an unvalidated document), the words follow the break: nothing is lost. -->
  <xsl:template match="lb" mode="t:text" as="node()*">
    <xsl:call-template name="t:break"><xsl:with-param name="kind" select="'line'"/></xsl:call-template>
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <xsl:template match="pb" mode="t:text" as="node()*">
    <xsl:call-template name="t:break">
      <xsl:with-param name="kind" select="'page'"/>
      <xsl:with-param name="label" select="@n ! t:label('page', string(.))"/>
      <xsl:with-param name="facsimile" select="t:facsimile(.)"/>
    </xsl:call-template>
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <!-- The surfaces of the document's facsimile, each in words ("1r: the recto, damaged"): its @n,
       labels and descriptions, so that none of the facsimile's words is lost. -->
  <xsl:function name="t:surface-words" as="xs:string">
    <xsl:param name="surface" as="element()"/>
    <xsl:sequence select="string-join(($surface/@n ! string(.), ($surface/(label, desc, figDesc, graphic/desc)
      ! t:plain(.))[.]), ': ')"/>
  </xsl:function>

  <!-- The image of a page (pb/@facs, or any element's): a graphic's URL, or the graphic of the surface
       or zone it points to ("#f1"), as the page can link it: a local file (the web editions put it beside the page) or
       an https: address (a IIIF image), never anything else. -->
  <xsl:function name="t:facsimile" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="facs" as="xs:string?" select="tokenize($e/@facs)[1]"/>
    <xsl:variable name="target" as="element()?" select="$facs[starts-with(., '#')] ! t:resolve(., $e)"/>
    <xsl:variable name="url" as="xs:string?" select="if (empty($facs)) then ()
      else if (starts-with($facs, '#')) then
        (($target/self::zone/ancestor::surface[1], $target)[1]/descendant-or-self::graphic/@url)[1] ! string(.)
      else $facs"/>
    <xsl:sequence select="($url ! t:resource-url(.), $url[matches(., '^https://', 'i')] ! t:link-url(.))[1]"/>
  </xsl:function>

  <!-- Text linked to its place in the facsimile (@facs on a line, a zone's words…): the text as it is,
       then a link to the image (t:facsimile-link). A page break links its own marker (above). -->
  <xsl:template match="text//*[@facs][not(self::pb)]" mode="t:text" priority="5" as="node()*">
    <xsl:next-match/>
    <xsl:for-each select="t:facsimile(.)">
      <xsl:call-template name="t:facsimile-link"><xsl:with-param name="url" select="."/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="cb | milestone" mode="t:text" as="node()*">
    <xsl:call-template name="t:break">
      <xsl:with-param name="kind" select="local-name()"/>
      <xsl:with-param name="label" select="string(@n)"/>
    </xsl:call-template>
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <xsl:template match="anchor" mode="t:text" as="node()*">
    <xsl:call-template name="t:break"><xsl:with-param name="kind" select="'anchor'"/></xsl:call-template>
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>

  <!-- Notes: a call mark in the text; the note itself goes to the notes (html/notes.xsl). -->
  <xsl:template match="note" mode="t:text" as="node()*">
    <xsl:call-template name="t:note-call"/>
  </xsl:template>

  <!-- Running headers and catchwords of the source page are not text of the work: kept, but marked. -->
  <xsl:template match="fw" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"><xsl:with-param name="role" select="'apparatus'"/></xsl:call-template>
  </xsl:template>

  <!-- Lists of entities outside the body (front, back) are shown in the registers, not in place; a
       body's lists stand where they are (namesdates.xsl). -->
  <xsl:template match="listPerson | listPlace | listOrg | listEvent | person | place | org | event" mode="t:text"/>
</xsl:stylesheet>
