<?xml version="1.0" encoding="UTF-8"?>
<!--
  The register pages of the edition site, made from the listings toolkit/outputs/registry.py writes
  (urn:teikit:site):
  - <entity kind="person">: one entity's page — its TEI entry (names, dates, description, authority
    links, shown as the document pages' registers show them), the letters it sent (<letter
    role="sent">) and received, and its mentions grouped by document (<document><mention href before
    words after/></document>), each a keyword-in-context line linking to the mention's anchor;
  - <register kind="person">: a kind's index — every entity (<item href mentions documents>, with its
    entry) in a table that a filter box narrows, complete without JavaScript.
  Both are laid out by t:site-page, with the banner of every page of the site (site/page.xsl).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit" xmlns:s="urn:teikit:site"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- schema.org's type for each kind of entity. -->
  <xsl:variable name="t:schema-types" as="map(xs:string, xs:string)"
    select="map { 'person': 'Person', 'place': 'Place', 'org': 'Organization', 'event': 'Event',
                  'bibl': 'CreativeWork' }"/>

  <!-- A listing of the site (not a TEI document): its page. -->
  <xsl:template match="document-node()[s:entity | s:register | s:site]">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <!-- The name of an entity: an entry's name, a work's title (else its text). -->
  <xsl:function name="t:entity-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="if ($entry[self::bibl or self::biblStruct])
      then ((($entry//title)[1], $entry) ! t:plain(.))[.][1] else t:entry-name($entry)"/>
  </xsl:function>

  <!-- What a register says of an entity: an entry's facts (html/registers.xsl), a work's citation. -->
  <xsl:template name="t:entity-facts" as="element()*">
    <xsl:choose>
      <xsl:when test="self::bibl or self::biblStruct">
        <p class="citation"><xsl:apply-templates select="." mode="t:citation"/></p>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="t:entry-facts"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/s:entity">
    <xsl:variable name="entry" as="element()" select="*[not(self::s:*)][1]"/>
    <xsl:variable name="name" as="xs:string" select="t:entity-name($entry)"/>
    <xsl:call-template name="t:site-page">
      <xsl:with-param name="title" select="$name || ' · ' || t:label(@kind)"/>
      <xsl:with-param name="head" as="element()*">
        <xsl:call-template name="t:entity-json-ld"><xsl:with-param name="entry" select="$entry"/></xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="content" as="node()*">
        <p class="breadcrumb"><a href="{t:link-url($site-registers || @kind || '.html')}">{t:label(@kind)}</a></p>
        <span hidden="" data-pagefind-filter="type:{t:label(@kind || '-1')}"></span>
        <h1 class="entry-name kind-{@kind}">{$name}</h1>
        <div class="entity">
          <xsl:for-each select="$entry"><xsl:call-template name="t:entity-facts"/></xsl:for-each>
        </div>
        <xsl:for-each-group select="s:letter" group-by="@role">
          <section class="entity-letters" aria-labelledby="letters-{current-grouping-key()}-h">
            <h2 id="letters-{current-grouping-key()}-h">{t:label('letters-' || current-grouping-key())}</h2>
            <ul>
              <xsl:for-each select="current-group()">
                <li><a href="{t:link-url(@href)}">{@title}</a><xsl:if test="@date != ''">, <time datetime="{@date}">{(@label[. != ''], @date)[1]}</time></xsl:if></li>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:for-each-group>
        <section class="entity-mentions" aria-labelledby="mentions-h">
          <h2 id="mentions-h">{t:label('mentions')} <span class="count">({count(s:document/s:mention)})</span></h2>
          <xsl:if test="empty(s:document)"><p>{t:label('no-mentions-edition')}</p></xsl:if>
          <xsl:for-each select="s:document">
            <h3><a href="{t:link-url(@href)}">{@title}</a></h3>
            <ul class="kwic">
              <xsl:for-each select="s:mention">
                <li><a href="{t:link-url(@href)}">{@before}<mark>{@words}</mark>{@after}</a></li>
              </xsl:for-each>
            </ul>
          </xsl:for-each>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/s:register">
    <xsl:variable name="items" as="element(s:item)*">
      <xsl:perform-sort select="s:item">
        <xsl:sort select="if (*[1][self::bibl or self::biblStruct]) then lower-case(t:entity-name(*[1]))
          else t:entry-sort-key(*[1])" lang="{$t:ui}"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:call-template name="t:site-page">
      <xsl:with-param name="title" select="t:label(@kind)"/>
      <xsl:with-param name="search" select="false()"/>
      <xsl:with-param name="content" as="node()*">
        <h1>{t:label(@kind)} <span class="count">({t:label('entries-count', string(count($items)))})</span></h1>
        <label for="document-filter" class="visually-hidden">{t:label('filter-entries')}</label>
        <input type="search" id="document-filter" placeholder="{t:label('filter-entries')}" hidden="hidden"/>
        <table id="documents" class="register-index" aria-label="{t:label(@kind)}">
          <thead>
            <tr>
              <th scope="col">{t:label('name')}</th>
              <th scope="col">{t:label('facts')}</th>
              <th scope="col">{t:label('mentions')}</th>
              <th scope="col">{t:label('documents')}</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$items">
              <xsl:variable name="entry" as="element()" select="*[1]"/>
              <tr>
                <td><a href="{t:link-url(@href)}">{t:entity-name($entry)}</a></td>
                <td><xsl:choose>
                  <xsl:when test="$entry[self::bibl or self::biblStruct]"><xsl:apply-templates select="$entry" mode="t:citation"/></xsl:when>
                  <xsl:otherwise>{string-join((t:entry-dates($entry), t:entry-other-names($entry)), '; ')}</xsl:otherwise>
                </xsl:choose></td>
                <td>{@mentions}</td>
                <td>{@documents}</td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- schema.org JSON-LD of an entity: its type, names, dates and the authority files it is in
       (sameAs). "<" is written \u003c, so no value can end the script element. -->
  <xsl:template name="t:entity-json-ld" as="element()">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="data" as="map(*)" select="map:merge((
      map { '@context': 'https://schema.org', '@type': $t:schema-types(/s:entity/@kind), 'name': t:entity-name($entry) },
      $entry[t:is-entry(.)] ! t:entry-other-names(.)[1] ! map { 'alternateName': array { t:entry-other-names($entry) } },
      $entry/idno[exists(t:authority-url(.))][1] ! map { 'sameAs': array { $entry/idno ! t:authority-url(.) } },
      $entry[t:is-entry(.)] ! t:entry-description(.)[1] ! map { 'description': t:plain(.) },
      $entry/birth/(@when, @notBefore)[1] ! map { 'birthDate': string(.) },
      $entry/death/(@when, @notBefore)[1] ! map { 'deathDate': string(.) },
      $edition-url[matches(., '^https?://')] ! map { 'url': . }))"/>
    <script type="application/ld+json">{replace(serialize($data, map { 'method': 'json' }), '&lt;', '\\u003c')}</script>
  </xsl:template>

  <!-- A page of the site that is not a document: the head, the site's banner, the content in <main>,
       the footer; the filter box's script when the page has a table to filter. -->
  <xsl:template name="t:site-page" as="element()">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="head" as="element()*" select="()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="search" as="xs:boolean" select="true()"/>
    <html lang="{$t:ui}" class="no-js">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="generator" content="{$generator}"/>
        <title>{string-join(($title[normalize-space()], $site-title[normalize-space()]), ' · ')}</title>
        <xsl:for-each select="$t:css-files"><style>{unparsed-text(.)}</style></xsl:for-each>
        <script>document.documentElement.className = 'js';</script>
        <xsl:for-each select="$edition-url[matches(., '^https?://')]"><link rel="canonical" href="{.}"/></xsl:for-each>
        <xsl:sequence select="$head"/>
      </head>
      <body>
        <a class="skip-link" href="#main">{t:label('skip')}</a>
        <nav class="site-banner" aria-label="{t:label('edition-navigation')}">
          <xsl:call-template name="t:site-links"/>
        </nav>
        <main id="main" class="site-index">
          <xsl:if test="$search"><xsl:attribute name="data-pagefind-body"/></xsl:if>
          <xsl:sequence select="$content"/>
        </main>
        <footer class="site-footer"><p>{t:label('generated', $generator)}</p></footer>
        <xsl:if test="exists(/s:register | /s:site[$site-listing = 'home'])">
          <script>{unparsed-text(resolve-uri('../js/filter.js', static-base-uri()))}</script>
        </xsl:if>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
