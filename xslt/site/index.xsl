<?xml version="1.0" encoding="UTF-8"?>
<!--
  The pages of the whole site made from the listing toolkit/outputs/site.py writes (urn:teikit:site:
  the edition's title, description, editors and licence, its introduction from about.xml (<about>
  with the TEI text), and one <document> per page with its address,
  title, date, people, places and type): the home page (site-listing = "home"), the search page
  ("search") and the 404 page ("not-found"). The home page lists every document in a table that is
  complete without JavaScript; with it, a filter box hides the rows that do not match.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit" xmlns:s="urn:teikit:site"
  xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- site-listing: which page of the whole to make from a listing: "home" (index.html), "search"
       (search.html) or "not-found" (404.html). -->
  <xsl:param name="site-listing" as="xs:string" select="'home'"/>

  <!-- site-has-search: whether the site has its Pagefind index (pagefind/), so the home and search
       pages offer a search box. -->
  <xsl:param name="site-has-search" as="xs:boolean" select="false()"/>

  <xsl:template match="/s:site">
    <xsl:variable name="title" as="xs:string" select="(@title[normalize-space()], t:label('documents'))[1]"/>
    <xsl:call-template name="t:site-page">
      <xsl:with-param name="title" select="if ($site-listing = 'home') then '' else t:label(
        if ($site-listing = 'search') then 'search' else 'not-found')"/>
      <xsl:with-param name="search" select="false()"/>
      <xsl:with-param name="head" as="element()*">
        <xsl:for-each select="@description[normalize-space()]"><meta name="description" content="{.}"/></xsl:for-each>
        <xsl:if test="$site-has-search and $site-listing = ('home', 'search')">
          <link rel="stylesheet" href="pagefind/pagefind-ui.css"/>
          <script src="pagefind/pagefind-ui.js"></script>
        </xsl:if>
      </xsl:with-param>
      <xsl:with-param name="content" as="node()*">
        <xsl:choose>
          <xsl:when test="$site-listing = 'not-found'">
            <h1>{t:label('not-found')}</h1>
            <p>{t:label('not-found-text')} <a href="index.html">{t:label('home')}</a></p>
          </xsl:when>
          <xsl:when test="$site-listing = 'search'">
            <h1>{t:label('search')}</h1>
            <xsl:call-template name="t:search-box"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="t:home">
              <xsl:with-param name="title" select="$title"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Pagefind's search box (its own script, loaded from the site's pagefind/ folder); without the
       index or without JavaScript, a sentence saying so. -->
  <xsl:template name="t:search-box" as="element()">
    <section class="site-search" aria-labelledby="search-h" data-pagefind-ignore="all">
      <h2 id="search-h"><label for="site-search-input">{t:label('search')}</label></h2>
      <xsl:choose>
        <xsl:when test="$site-has-search">
          <div id="search"><noscript><p>{t:label('search-needs-js')}</p></noscript></div>
          <script>window.addEventListener('DOMContentLoaded', function () {{
  new PagefindUI({{ element: '#search', showSubResults: true, showImages: false }});
  // Pagefind's box has only a placeholder: the visible heading above becomes its label
  var input = document.querySelector('#search .pagefind-ui__search-input');
  if (input) {{ input.id = 'site-search-input'; }}
}});</script>
        </xsl:when>
        <xsl:otherwise><p>{t:label('search-unavailable')}</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="t:home" as="node()*">
    <xsl:param name="title" as="xs:string"/>
    <h1>{$title}</h1>
    <xsl:for-each select="@description[normalize-space()]"><p class="subtitle">{.}</p></xsl:for-each>
    <xsl:if test="s:editor">
      <p class="editors">{t:label('edited-by', string-join(s:editor, ', '))}</p>
    </xsl:if>
    <xsl:for-each select="@licence[normalize-space()]">
      <p class="licence">{t:label('licence')}: <xsl:choose>
        <xsl:when test="t:link-url(.) and matches(., '^https?://')"><a href="{t:link-url(.)}" rel="license">{.}</a></xsl:when>
        <xsl:otherwise>{.}</xsl:otherwise>
      </xsl:choose></p>
    </xsl:for-each>
    <xsl:for-each select="s:about/tei:text">
      <section class="about-edition edition-text" aria-label="{t:label('about')}">
        <xsl:for-each select="@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
        <xsl:apply-templates select="." mode="t:text"/>
      </section>
    </xsl:for-each>
    <xsl:if test="$site-has-search"><xsl:call-template name="t:search-box"/></xsl:if>
    <h2 id="documents-h">{t:label('documents')} <span class="count">({t:label('documents-count', string(count(s:document)))})</span></h2>
    <label for="document-filter" class="visually-hidden">{t:label('filter')}</label>
    <input type="search" id="document-filter" placeholder="{t:label('filter')}" hidden="hidden"/>
    <table id="documents" aria-labelledby="documents-h">
      <thead>
        <tr>
          <th scope="col">{t:label('date-column')}</th>
          <th scope="col">{t:label('title')}</th>
          <th scope="col">{t:label('from-to')}</th>
          <th scope="col">{t:label('places')}</th>
          <th scope="col">{t:label('type')}</th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="s:document">
          <tr>
            <td><xsl:if test="@date != ''"><time datetime="{@date}">{(@date-label[. != ''], @date)[1]}</time></xsl:if></td>
            <td><a href="{t:link-url(@page)}">{@title}</a></td>
            <td>{@people}</td>
            <td>{@places}</td>
            <td>{@type}</td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>
</xsl:stylesheet>
