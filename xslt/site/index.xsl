<?xml version="1.0" encoding="UTF-8"?>
<!--
  The pages of the whole site: the home page (page = "home") and the 404 page ("not-found"), made from
  the listing toolkit/outputs/site.py writes (urn:teikit:site: the edition's title, description,
  editors and licence, and one <document> per page with its address, title, date, people, places and
  type). The home page lists every document in a table that is complete without JavaScript; with it,
  a filter box hides the rows that do not match. Same CSS as the pages, inlined; nothing is loaded
  from elsewhere.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit" xmlns:s="urn:teikit:site"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/labels.xsl"/>
  <xsl:include href="../common/linking.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- page: which page of the whole to make: "home" (index.html) or "not-found" (404.html). -->
  <xsl:param name="page" as="xs:string" select="'home'"/>

  <!-- search: whether the site has its Pagefind index (pagefind/), so the home page offers a search box. -->
  <xsl:param name="search" as="xs:boolean" select="false()"/>

  <xsl:variable name="t:css" as="xs:string" select="unparsed-text(resolve-uri('../css/edition.css', static-base-uri()))"/>

  <xsl:template match="/s:site">
    <xsl:variable name="title" as="xs:string" select="(@title[normalize-space()], t:label('documents'))[1]"/>
    <html lang="{$t:ui}" class="no-js">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="generator" content="{$generator}"/>
        <xsl:for-each select="@description[normalize-space()]"><meta name="description" content="{.}"/></xsl:for-each>
        <title>{if ($page = 'home') then $title else t:label('not-found') || ' · ' || $title}</title>
        <style>{$t:css}</style>
        <script>document.documentElement.className = 'js';</script>
        <xsl:if test="$search and $page = 'home'">
          <link rel="stylesheet" href="pagefind/pagefind-ui.css"/>
          <script src="pagefind/pagefind-ui.js"></script>
        </xsl:if>
      </head>
      <body>
        <nav class="site-banner" aria-label="{t:label('edition-navigation')}">
          <a class="site-home" href="index.html">{$title}</a>
        </nav>
        <main id="main" class="site-index">
          <xsl:choose>
            <xsl:when test="$page = 'not-found'">
              <h1>{t:label('not-found')}</h1>
              <p>{t:label('not-found-text')} <a href="index.html">{t:label('home')}</a></p>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="t:home">
                <xsl:with-param name="title" select="$title"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </main>
        <footer class="site-footer"><p>{t:label('generated', $generator)}</p></footer>
        <xsl:if test="$page = 'home'">
          <script>
(function () {{
  var box = document.getElementById('document-filter');
  if (!box) return;
  box.hidden = false;
  box.addEventListener('input', function () {{
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    document.querySelectorAll('#documents tbody tr').forEach(function (row) {{
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (word) {{ return text.indexOf(word) !== -1; }});
    }});
  }});
}}());
          </script>
        </xsl:if>
      </body>
    </html>
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
    <xsl:if test="$search">
      <section class="site-search" aria-labelledby="search-h" data-pagefind-ignore="all">
        <h2 id="search-h"><label for="site-search-input">{t:label('search')}</label></h2>
        <div id="search"></div>
        <script>window.addEventListener('DOMContentLoaded', function () {{
  new PagefindUI({{ element: '#search', showSubResults: true, showImages: false }});
  // Pagefind's box has only a placeholder: the visible heading above becomes its label
  var input = document.querySelector('#search .pagefind-ui__search-input');
  if (input) {{ input.id = 'site-search-input'; }}
}});</script>
      </section>
    </xsl:if>
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
