<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page of the PDF edition: the print HTML that WeasyPrint paginates. Overrides html/page.xsl:
  print.css instead of edition.css, no scripts, no skip link, navigation or highlighting switches;
  document metadata for the PDF (title, author, description, keywords, language); a title page and
  its verso (imprint), then the text, the registers and About this edition.
  Modes: (unnamed) and t:page as in html/page.xsl; t:text for the text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- The print stylesheet alone: it sets every rule the printed page needs. -->
  <xsl:variable name="t:css-files" as="xs:string*" select="resolve-uri('../css/print.css', static-base-uri())"/>

  <!-- Paper runs no scripts. -->
  <xsl:variable name="t:js-files" as="xs:string*" select="()"/>

  <!-- Labels only the print edition uses, by $ui-lang (English when missing), like common/labels.xsl. -->
  <xsl:variable name="t:print-labels" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'en': map {
      'source-attached': 'The TEI document is attached to this PDF.',
      'source-note-marks': 'Numbers in square brackets, as [{1}], are the endnote calls of the printed source; the endnotes themselves are not part of this excerpt. Numbered footnotes are the editors’.',
      'pages': 'pages'
    },
    'de': map {
      'source-attached': 'Das TEI-Dokument ist diesem PDF beigefügt.',
      'source-note-marks': 'Zahlen in eckigen Klammern, etwa [{1}], sind die Endnotenverweise der gedruckten Vorlage; die Endnoten selbst gehören nicht zum Auszug. Die nummerierten Fußnoten stammen von den Herausgebern.',
      'pages': 'Seiten'
    }
  }"/>

  <xsl:function name="t:print-label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($t:print-labels?($ui-lang)?($key), $t:print-labels?en?($key), $key)[1]"/>
  </xsl:function>

  <!-- The language of the document (the PDF's /Lang, hyphenation): the text's, else the TEI's. -->
  <xsl:function name="t:document-lang" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="string(($tei/text/@xml:lang, $tei/@xml:lang, $ui-lang)[1])"/>
  </xsl:function>

  <!-- The PDF's author: the authors of titleStmt, else its editors. -->
  <xsl:function name="t:document-author" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="authors" as="xs:string*" select="$tei/teiHeader/fileDesc/titleStmt/author ! t:agent-name(.)"/>
    <xsl:sequence select="string-join(if (exists($authors)) then $authors else t:editor-names($tei), '; ')[.]"/>
  </xsl:function>

  <xsl:template match="TEI" mode="t:page">
    <xsl:variable name="title" as="xs:string" select="t:edition-title(.)"/>
    <xsl:variable name="keywords" as="xs:string*"
      select="teiHeader/profileDesc/textClass/keywords//term ! t:plain(.)[.]"/>
    <html lang="{t:document-lang(.)}">
      <head>
        <meta charset="utf-8"/>
        <title>{$title}</title>
        <xsl:for-each select="t:document-author(.)"><meta name="author" content="{.}"/></xsl:for-each>
        <xsl:for-each select="(t:edition-subtitle(.), t:source-citation(.))[1]">
          <meta name="description" content="{.}"/>
        </xsl:for-each>
        <xsl:if test="exists($keywords)"><meta name="keywords" content="{string-join($keywords, ', ')}"/></xsl:if>
        <meta name="generator" content="{$generator}"/>
        <xsl:for-each select="teiHeader/fileDesc/publicationStmt/date/@when[. castable as xs:date]">
          <meta name="dcterms.created" content="{.}"/>
        </xsl:for-each>
        <xsl:for-each select="$t:css-files">
          <style>{unparsed-text(.)}</style>
        </xsl:for-each>
      </head>
      <body>
        <xsl:call-template name="t:title-page"/>
        <xsl:call-template name="t:text"/>
        <!-- Everything after this marker follows the text and cannot move it: toolkit/build/pdf.py lays
             out only what stands before it to learn the pages of the mentions. -->
        <xsl:comment>teikit:back-matter</xsl:comment>
        <xsl:if test="$show-registers"><xsl:call-template name="t:registers"/></xsl:if>
        <xsl:call-template name="t:print-about"/>
      </body>
    </html>
  </xsl:template>

  <!-- The title page (the web's title block, and the publisher and date at its foot) and its verso:
       licence, edition, suggested citation and how the PDF was made. -->
  <xsl:template name="t:title-page" as="element()+">
    <xsl:variable name="pub" as="element()?" select="teiHeader/fileDesc/publicationStmt"/>
    <section class="title-page" lang="{$ui-lang}">
      <xsl:variable name="block" as="element()"><xsl:call-template name="t:title-block"/></xsl:variable>
      <xsl:apply-templates select="$block" mode="t:title-page"/>
      <p class="imprint-line">
        <xsl:for-each select="$pub/(publisher, distributor, authority)[1]"><span class="publisher">{t:plain(.)}</span></xsl:for-each>
        <xsl:for-each select="($pub/date ! (t:plain(.)[.], t:date-value(.))[1], t:publication-year(.))[1]">
          <span class="date">{.}</span>
        </xsl:for-each>
      </p>
    </section>
    <section class="imprint" lang="{$ui-lang}"><div class="imprint-body">
      <xsl:for-each select="teiHeader/fileDesc/editionStmt/edition">
        <p class="edition-statement"><xsl:apply-templates mode="t:text"/></p>
      </xsl:for-each>
      <xsl:for-each select="$pub/availability">
        <div class="licence">
          <xsl:for-each select="licence">
            <p><xsl:apply-templates select="node()[not(self::p)]" mode="t:text"/>
              <xsl:if test="@target"><xsl:text> </xsl:text><span class="url">{@target}</span></xsl:if></p>
            <xsl:apply-templates select="p" mode="t:text"/>
          </xsl:for-each>
          <xsl:apply-templates select="p" mode="t:text"/>
        </div>
      </xsl:for-each>
      <p class="imprint-citation"><span class="label">{t:label('citation')}: </span>{t:suggested-citation(.)}</p>
      <p class="imprint-generator">{t:label('generated', $generator)} {t:print-label('source-attached')}</p>
    </div></section>
  </xsl:template>

  <!-- In the title, a range such as "1937–1938" is not broken at its dash. -->
  <xsl:mode name="t:title-page" on-no-match="shallow-copy"/>
  <xsl:template match="*[local-name() = 'h1']//text()" mode="t:title-page">
    <xsl:analyze-string select="." regex="\w+[–-]\w+">
      <xsl:matching-substring><span class="nowrap">{.}</span></xsl:matching-substring>
      <xsl:non-matching-substring>{.}</xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- The text. Without headings of its own it is headed by the edition's title, which also names it
       in the running heads and the PDF's bookmarks. -->
  <xsl:template name="t:text" as="element()">
    <xsl:variable name="headed" as="element()*" select="text//*[t:is-division(.)][head]"/>
    <article id="text" class="edition-text">
      <xsl:attribute name="lang" select="t:document-lang(.)"/>
      <xsl:if test="count($headed) gt 1">
        <nav class="toc ed-added" lang="{$ui-lang}">
          <h2 class="toc-title">{t:label('contents')}</h2>
          <ol><xsl:apply-templates select="text/(front, body, back)/*" mode="t:toc"/></ol>
        </nav>
      </xsl:if>
      <xsl:if test="empty(text//head[parent::*[t:is-division(.)]])">
        <h2 class="text-title ed-added">{t:edition-title(.)}</h2>
      </xsl:if>
      <xsl:apply-templates select="text" mode="t:text"/>
    </article>
  </xsl:template>

  <!-- No navigation and no highlighting switches on paper. -->
  <xsl:template name="t:site-nav" as="empty-sequence()"/>
  <xsl:template name="t:toolbar" as="empty-sequence()"/>
</xsl:stylesheet>
