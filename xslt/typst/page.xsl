<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page of the PDF edition: one Typst file. It starts with the page design (edition.typ, read at
  transformation time), then the document's metadata from the teiHeader, the title leaf (title page
  and imprint), a table of contents when the text has several headed divisions, the text, the
  registers (registers.xsl) and About this edition. Everything is built as a sequence of words
  (text nodes) and markup (t:m elements) and serialised once through t:escape (mode t:typst).
  Modes: (unnamed) for the document; t:typst for the serialisation; t:text for the text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- The page design, written in front of the generated markup. -->
  <xsl:variable name="t:typst-template" as="xs:string" select="resolve-uri('edition.typ', static-base-uri())"/>

  <xsl:template match="/">
    <xsl:if test="not(TEI)">
      <xsl:message terminate="yes">tei.root&#9;/&#9;the document element is not TEI in the TEI namespace</xsl:message>
    </xsl:if>
    <xsl:variable name="markup" as="node()*">
      <xsl:apply-templates select="TEI" mode="t:page"/>
    </xsl:variable>
    <xsl:value-of select="unparsed-text($t:typst-template)"/>
    <xsl:apply-templates select="$markup" mode="t:typst"/>
  </xsl:template>

  <xsl:mode name="t:page" on-no-match="fail"/>

  <xsl:template match="TEI" mode="t:page" as="node()*">
    <xsl:variable name="title" as="xs:string" select="t:edition-title(.)"/>
    <xsl:variable name="lang" as="xs:string*" select="tokenize(t:document-lang(.), '-')"/>
    <xsl:variable name="keywords" as="xs:string*" select="teiHeader/profileDesc/textClass/keywords//term ! t:plain(.)[.]"/>
    <xsl:variable name="description" as="xs:string?" select="(t:edition-subtitle(.), t:source-citation(.))[1]"/>
    <xsl:sequence select="t:m('&#10;// ---- generated from the TEI document by teikit&#10;#set document(' || string-join((
      'title: ' || t:str($title),
      t:document-author(.) ! ('author: (' || t:str(.) || ',)'),
      $description ! ('description: ' || t:str(.)),
      ('keywords: (' || string-join($keywords ! t:str(.), ', ') || ',)')[exists($keywords)]), ', ') || ')&#10;'),
      t:m('#tk-attach-source(' || t:str(t:label('source-attached')) || ')&#10;'),
      t:m('#show: tk-edition.with(title: ' || t:str($title) || ', lang: '
        || t:str(if (matches(lower-case($lang[1]), '^[a-z]{2,3}$')) then lower-case($lang[1]) else 'en')
        || ($lang[2][matches(., '^[A-Za-z]{2}$')] ! (', region: ' || t:str(upper-case(.)))) || ')&#10;')"/>
    <xsl:call-template name="t:title-page"/>
    <xsl:call-template name="t:text"/>
    <xsl:if test="$show-registers"><xsl:call-template name="t:registers"/></xsl:if>
    <xsl:call-template name="t:about"/>
  </xsl:template>

  <!-- The title page (title, subtitle, author, editors, the source; publisher and date at its foot)
       and its verso, the imprint (edition, licence, suggested citation, how the PDF was made). -->
  <xsl:template name="t:title-page" as="node()*">
    <xsl:variable name="stmt" as="element()?" select="teiHeader/fileDesc/titleStmt"/>
    <xsl:variable name="pub" as="element()?" select="teiHeader/fileDesc/publicationStmt"/>
    <xsl:variable name="editors" as="xs:string*" select="t:editor-names(.)"/>
    <xsl:variable name="imprint" as="xs:string*" select="$pub/(publisher, distributor, authority)[1] ! t:plain(.),
      ($pub/date ! (t:plain(.)[.], t:date-value(.))[1], t:publication-year(.))[1]"/>
    <xsl:sequence select="t:m('&#10;#tk-title-page(title: ['), t:text(t:edition-title(.)), t:m(']'),
      t:edition-subtitle(.) ! (t:m(', subtitle: ['), t:text(.), t:m(']')),
      ($stmt/author)[1] ! (t:m(', byline: ['), t:text(string-join(($stmt/author ! t:agent-name(.))[.], ', ')), t:m(']')),
      $editors[1] ! (t:m(', editors: ['), t:text(t:label('edited-by', t:join($editors))), t:m(']')),
      t:correspondence(.)[1] ! (t:m(', correspondence: ('), t:correspondence(current()) ! (t:m('['), t:text(.), t:m('], ')), t:m(')'))"/>
    <xsl:for-each select="teiHeader/fileDesc/sourceDesc/(bibl, biblStruct, biblFull)[1]">
      <xsl:sequence select="t:m(', source: ['), t:text(t:label('based-on', '')), t:citation(.), t:m(']')"/>
    </xsl:for-each>
    <xsl:sequence select="$imprint[1] ! (t:m(', imprint: ['), t:text(string-join($imprint, ' · ')), t:m(']')), t:m(')&#10;')"/>
    <xsl:sequence select="t:m('#tk-imprint-page[')"/>
    <xsl:for-each select="teiHeader/fileDesc/editionStmt/edition">
      <xsl:sequence select="t:lang-wrapped(.), t:m('&#10;&#10;')"/>
    </xsl:for-each>
    <xsl:for-each select="$pub/availability">
      <xsl:for-each select="licence">
        <xsl:apply-templates select="node()[not(self::p)]" mode="t:text"/>
        <xsl:if test="@target">
          <xsl:sequence select="t:text(' ')"/>
          <xsl:call-template name="t:link">
            <xsl:with-param name="href" select="string(@target)"/>
            <xsl:with-param name="content" select="t:text(@target)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:sequence select="t:m('&#10;&#10;')"/>
        <xsl:apply-templates select="p" mode="t:text"/>
      </xsl:for-each>
      <xsl:apply-templates select="p" mode="t:text"/>
    </xsl:for-each>
    <xsl:sequence select="t:call('tk-imprint-label', (), t:text(t:label('citation') || ': ')), t:text(t:suggested-citation(.)),
      t:m('&#10;&#10;'), t:text(t:label('generated', $generator) || ' ' || t:label('source-attached')), t:m(']&#10;')"/>
  </xsl:template>

  <xsl:function name="t:citation" as="node()*">
    <xsl:param name="bibl" as="element()"/>
    <xsl:apply-templates select="$bibl" mode="t:citation"/>
  </xsl:function>

  <!-- The text. Without headings of its own it is headed by the edition's title, which also names it
       in the running heads and the PDF's bookmarks. -->
  <xsl:template name="t:text" as="node()*">
    <xsl:variable name="headed" as="element()*" select="text//*[t:is-division(.)][head]"/>
    <xsl:if test="count($headed) gt 1">
      <xsl:sequence select="t:m('&#10;#tk-contents['), t:text(t:label('contents')), t:m(']&#10;')"/>
    </xsl:if>
    <xsl:sequence select="t:m('&#10;#pagebreak(weak: true)&#10;')"/>
    <xsl:if test="empty(text//head[parent::*[t:is-division(.)]])">
      <xsl:sequence select="t:call('heading', 'level: 1', t:text(t:edition-title(.))), t:m(' &lt;text&gt;&#10;')"/>
    </xsl:if>
    <xsl:variable name="lang" as="xs:string?" select="text/@xml:lang ! t:lang-args(..)"/>
    <xsl:variable name="content" as="node()*"><xsl:apply-templates select="text" mode="t:text"/></xsl:variable>
    <xsl:sequence select="if ($lang) then t:call('text', $lang, $content) else $content"/>
    <xsl:call-template name="t:source-endnotes"/>
    <xsl:call-template name="t:back-index"/>
  </xsl:template>

  <!-- About this edition: the facts of the teiHeader (common/header.xsl), and what the marks of the
       printed text mean. -->
  <xsl:template name="t:about" as="node()*">
    <xsl:variable name="header" as="element()?" select="teiHeader"/>
    <xsl:variable name="file" as="element()?" select="$header/fileDesc"/>
    <xsl:variable name="pub" as="element()?" select="$file/publicationStmt"/>
    <xsl:variable name="agents" as="element()*" select="t:responsibilities($file)"/>
    <xsl:variable name="principles" as="element()*" select="$header/encodingDesc/(projectDesc, samplingDecl, editorialDecl)"/>
    <xsl:variable name="source-mark" as="xs:string?" select="(text//note[t:is-source-note(.)][not(normalize-space())])[1] ! t:note-mark(.)"/>
    <xsl:sequence select="t:m('&#10;#pagebreak(weak: true)&#10;'), t:call('heading', 'level: 1', t:text(t:label('about'))),
      t:m(' &lt;about&gt;&#10;#tk-about[')"/>
    <xsl:if test="exists($source-mark)">
      <xsl:sequence select="t:call('emph', (), t:text(t:label('source-note-marks', $source-mark))), t:m('&#10;&#10;')"/>
    </xsl:if>
    <xsl:if test="text//(choice[t:choice-noted(.)] | app)[empty(ancestor::note)]">
      <xsl:sequence select="t:call('emph', (), t:text(t:label('apparatus-marks'))), t:m('&#10;&#10;')"/>
    </xsl:if>
    <xsl:call-template name="t:reading-policy"/>
    <xsl:if test="$file/sourceDesc">
      <xsl:sequence select="t:about-heading(t:label('source'))"/>
      <xsl:for-each select="$file/sourceDesc/*">
        <xsl:sequence select="t:citation(.), t:m('&#10;&#10;')"/>
        <xsl:if test="self::bibl[text()[normalize-space()]] | self::p | self::msDesc">
          <xsl:for-each select="note"><xsl:sequence select="t:lang-wrapped(.), t:m('&#10;&#10;')"/></xsl:for-each>
        </xsl:if>
      </xsl:for-each>
    </xsl:if>
    <xsl:if test="$agents">
      <xsl:sequence select="t:about-heading(t:label('responsibility'))"/>
      <xsl:for-each select="$agents">
        <xsl:variable name="last" as="xs:boolean" select="position() eq last()"/>
        <xsl:sequence select="t:call('emph', (), t:text(if (self::respStmt) then t:plain(resp[1]) else t:label(local-name()))),
          t:text(': ' || string-join(t:agents-of(.) ! t:agent-name(.), ', ')),
          t:m('#linebreak()')[not($last)]"/>
      </xsl:for-each>
      <xsl:sequence select="t:m('&#10;&#10;')"/>
    </xsl:if>
    <xsl:if test="$pub or $file/editionStmt">
      <xsl:sequence select="t:about-heading(t:label('publication')), t:text(string-join(($file/editionStmt/edition ! t:plain(.),
        $pub/(publisher, distributor, authority) ! t:plain(.), $pub/pubPlace ! t:plain(.),
        $pub/date ! (t:plain(.), t:date-value(.))[.][1], $pub/idno ! t:plain(.)), ', ')[.])"/>
      <xsl:for-each select="$pub/p"><xsl:sequence select="t:text(' ')"/><xsl:apply-templates mode="t:text"/></xsl:for-each>
      <xsl:sequence select="t:m('&#10;&#10;')"/>
    </xsl:if>
    <xsl:for-each select="$pub/availability[1]">
      <xsl:sequence select="t:about-heading(t:label('licence'))"/>
      <xsl:for-each select="licence">
        <xsl:apply-templates select="node()[not(self::p)]" mode="t:text"/>
        <xsl:sequence select="@target ! (t:text(' ' || .)), t:m('&#10;&#10;')"/>
        <xsl:apply-templates select="p" mode="t:text"/>
      </xsl:for-each>
      <xsl:apply-templates select="p" mode="t:text"/>
    </xsl:for-each>
    <xsl:if test="$principles">
      <xsl:sequence select="t:about-heading(t:label('principles'))"/>
      <xsl:for-each select="$principles//p">
        <xsl:sequence select="t:lang-wrapped(.), t:m('&#10;&#10;')"/>
      </xsl:for-each>
    </xsl:if>
    <xsl:if test="$header/profileDesc/langUsage/language">
      <xsl:sequence select="t:about-heading(t:label('languages')),
        t:text(string-join($header/profileDesc/langUsage/language ! (t:plain(.)[.], @ident)[1] ! string(.), ', ')), t:m('&#10;&#10;')"/>
    </xsl:if>
    <xsl:if test="$header/revisionDesc//change">
      <xsl:sequence select="t:about-heading(t:label('revisions'))"/>
      <xsl:for-each select="$header/revisionDesc//change">
        <xsl:variable name="who" as="xs:string*" select="t:who(@who)"/>
        <xsl:sequence select="@when ! t:text(t:format-iso(.) || ' — '), t:lang-wrapped(.),
          $who[1] ! t:text(' (' || t:label('revision-by', string-join($who, ', ')) || ')'), t:m('&#10;&#10;')"/>
      </xsl:for-each>
    </xsl:if>
    <xsl:if test="facsimile//surface">
      <xsl:sequence select="t:about-heading(t:label('facsimile-images'))"/>
      <xsl:for-each select="facsimile//surface">
        <xsl:variable name="last" as="xs:boolean" select="position() eq last()"/>
        <xsl:sequence select="t:text((t:surface-words(.)[.], '–')[1]), t:m('#linebreak()')[not($last)]"/>
      </xsl:for-each>
      <xsl:sequence select="t:m('&#10;&#10;')"/>
    </xsl:if>
    <xsl:sequence select="t:about-heading(t:label('citation')), t:text(t:suggested-citation(.)), t:m('&#10;]&#10;')"/>
  </xsl:template>

  <!-- A heading inside About: tagged as a heading, left out of the bookmarks. -->
  <xsl:function name="t:about-heading" as="node()*">
    <xsl:param name="label" as="xs:string"/>
    <xsl:sequence select="t:m('&#10;'), t:call('heading', ('level: 2', 'outlined: false'), t:text($label)), t:m('&#10;')"/>
  </xsl:function>
</xsl:stylesheet>
