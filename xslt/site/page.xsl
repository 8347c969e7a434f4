<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site's part of a document page: the hooks of html/page.xsl filled in. The banner is a
  navigation landmark of its own (the edition, the document's neighbours, its other forms); every
  address comes from the parameters (site/params.xsl) and passes the URL policy's link check.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:head-links" as="element()*">
    <xsl:for-each select="t:link-url($site-source)">
      <link rel="alternate" type="application/tei+xml" href="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="t:link-url($site-pdf)">
      <link rel="alternate" type="application/pdf" href="{.}"/>
    </xsl:for-each>
    <xsl:variable name="url" as="xs:string?" select="t:edition-url(.)[matches(., '^https?://')]"/>
    <xsl:for-each select="$url"><link rel="canonical" href="{.}"/></xsl:for-each>
    <xsl:call-template name="t:citation-meta"><xsl:with-param name="url" select="$url"/></xsl:call-template>
    <xsl:call-template name="t:json-ld"><xsl:with-param name="url" select="$url"/></xsl:call-template>
  </xsl:template>

  <!-- Who wrote the document: its authors, else (a letter) its senders. -->
  <xsl:function name="t:creators" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="distinct-values(($tei/teiHeader/fileDesc/titleStmt/author ! t:agent-name(.),
      $tei/teiHeader/profileDesc/correspDesc/correspAction[@type = 'sent']/(persName, orgName, name) ! t:plain(.))[.])"/>
  </xsl:function>

  <!-- Highwire Press tags, which Zotero and Google Scholar read: what the page is and how to cite it. -->
  <xsl:template name="t:citation-meta" as="element()*">
    <xsl:param name="url" as="xs:string?"/>
    <meta name="citation_title" content="{t:edition-title(.)}"/>
    <xsl:for-each select="t:creators(.)"><meta name="citation_author" content="{.}"/></xsl:for-each>
    <xsl:for-each select="t:publication-year(.)"><meta name="citation_publication_date" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$site-title[normalize-space()]"><meta name="citation_publisher" content="{.}"/></xsl:for-each>
    <meta name="citation_language" content="{t:document-lang(.)}"/>
    <xsl:for-each select="$url"><meta name="citation_public_url" content="{.}"/></xsl:for-each>
    <xsl:for-each select="t:link-url($site-pdf)"><meta name="citation_pdf_url" content="{.}"/></xsl:for-each>
  </xsl:template>

  <!-- schema.org JSON-LD: a letter is a Message (sender, recipient, dateSent), anything else a
       CreativeWork with its authors; both part of the edition. "<" is written \u003c, so no value can
       end the script element. -->
  <xsl:template name="t:json-ld" as="element()">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="corresp" as="element()?" select="teiHeader/profileDesc/correspDesc"/>
    <xsl:variable name="people" as="function(xs:string) as array(*)" select="function($names as xs:string) as array(*) {
      array { distinct-values(($corresp/correspAction[@type = $names]/(persName, orgName, name) ! t:plain(.))[.])
              ! map { '@type': 'Person', 'name': . } } }"/>
    <xsl:variable name="sent" as="xs:string?" select="($corresp/correspAction[@type = 'sent']/date/(@when, @notBefore, @from))[1] ! string(.)"/>
    <xsl:variable name="data" as="map(*)" select="map:merge((
      map { '@context': 'https://schema.org', '@type': if ($corresp) then 'Message' else 'CreativeWork',
            'name': t:edition-title(.), 'inLanguage': t:document-lang(.) },
      if ($corresp) then map { 'sender': $people('sent'), 'recipient': $people('received') }
      else map { 'author': array { t:creators(.) ! map { '@type': 'Person', 'name': . } } },
      $sent ! map { 'dateSent': . },
      $url ! map { 'url': . },
      $site-title[normalize-space()] ! map { 'isPartOf': map { '@type': 'CreativeWork', 'name': . } },
      t:link-url($site-source) ! map { 'encoding': map { '@type': 'MediaObject', 'contentUrl': .,
                                                         'encodingFormat': 'application/tei+xml' } }))"/>
    <script type="application/ld+json">{replace(serialize($data, map { 'method': 'json' }), '&lt;', '\\u003c')}</script>
  </xsl:template>

  <!-- The search indexes the page's main part (its text and notes), not its registers and its
       "about" section: a name is found on the pages that mention it and on its register page. -->
  <xsl:template name="t:part-attributes" as="attribute()*">
    <xsl:param name="part" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$part eq 'main'"><xsl:attribute name="data-pagefind-body"/></xsl:when>
      <xsl:otherwise><xsl:attribute name="data-pagefind-ignore" select="'all'"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An entry's page in the site's registers: registers/KIND/ID.html, for an id that can name a
       file (registry.is_page_name: a letter or "_", then letters, digits, "_", "." and "-"). -->
  <xsl:function name="t:entity-page" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry[matches(@xml:id, '^[\p{L}_][\p{L}\p{Nd}_.\-]*$')][t:is-entry(.)][$site-registers ne '']
      ! t:link-url($site-registers || t:kind(.) || '/' || encode-for-uri(@xml:id) || '.html')"/>
  </xsl:function>

  <xsl:template name="t:page-banner" as="element()*">
    <nav class="site-banner" aria-label="{t:label('edition-navigation')}">
      <xsl:call-template name="t:site-links"/>
      <ul class="site-document-links" aria-label="{t:label('document-navigation')}">
        <xsl:if test="t:link-url($site-previous)">
          <li><a rel="prev" href="{t:link-url($site-previous)}">← {t:label('previous')}<span class="visually-hidden">: {$site-previous-title}</span></a></li>
        </xsl:if>
        <xsl:if test="t:link-url($site-next)">
          <li><a rel="next" href="{t:link-url($site-next)}">{t:label('next')} →<span class="visually-hidden">: {$site-next-title}</span></a></li>
        </xsl:if>
        <xsl:if test="t:link-url($site-source)">
          <li><a href="{t:link-url($site-source)}" type="application/tei+xml">{t:label('tei-source')}</a></li>
        </xsl:if>
        <xsl:if test="t:link-url($site-pdf)">
          <li><a href="{t:link-url($site-pdf)}" type="application/pdf">{t:label('pdf-version')}</a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <!-- The edition's own links, on every page of the site: home, each register, search. The page's
       search filters (read by Pagefind; nothing shows) come first. -->
  <xsl:template name="t:site-links" as="element()*">
    <xsl:for-each select="tokenize($site-filters, '&#10;')[contains(., '=')]">
      <span hidden="" data-pagefind-filter="{substring-before(., '=')}:{substring-after(., '=')}"></span>
    </xsl:for-each>
    <a class="site-home" href="{t:link-url($site-home)}">{($site-title[normalize-space()], t:label('home'))[1]}</a>
    <xsl:if test="$site-registers ne '' or t:link-url($site-search)">
      <ul class="site-links">
        <xsl:for-each select="tokenize($site-register-kinds)[$site-registers ne '']">
          <li><a href="{t:link-url($site-registers || . || '.html')}">{t:label(.)}</a></li>
        </xsl:for-each>
        <xsl:for-each select="t:link-url($site-search)">
          <li><a href="{.}">{t:label('search')}</a></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
