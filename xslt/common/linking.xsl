<?xml version="1.0" encoding="UTF-8"?>
<!--
  Linking: resolving TEI pointers. @ref and @target may be "#id" (a local xml:id), a full URI (matched
  against the register entries' authority idno, else used as a link), or an entity may be named by @key
  (matched against xml:id). Also the authority URLs built from idno (Wikidata, VIAF, GND, GeoNames).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <xsl:key name="t:id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- t:shared-registers: set by teikit, not by -p. A copy of each register entry of another file that
       the document points at (ref="../register.xml#anna"), each with the pointers as the document wrote
       them in @t:pointers (toolkit/registers.py); empty when it points into no other file. -->
  <xsl:param name="t:shared-registers" as="document-node()?" select="()"/>

  <!-- Shared entries by each pointer that names them. -->
  <xsl:key name="t:shared" match="*[@t:pointers]" use="tokenize(@t:pointers)"/>

  <!-- The HTML id of an element with an xml:id: the xml:id itself, so that "#stalin" cites the register
       entry of Stalin, unless it looks like an id the edition makes for itself (paragraphs p1, p2…,
       mentions m1…, notes n1…, sections, registers, the page's landmarks); those get the prefix "tei-",
       so that an encoding's <p xml:id="p2"> can never give two elements of the page one id. -->
  <xsl:function name="t:html-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="id" as="xs:string" select="string($e/@xml:id)"/>
    <xsl:sequence select="if (matches($id, '^([pmn]\d+|(about|main|notes|registers|text|toc|toolbar|map|hl|call|note|register|sec|source-note|page|alt|index|app|apparatus)(-.*)?)$'))
      then 'tei-' || $id else $id"/>
  </xsl:function>

  <!-- Register entries by each of their authority URLs, so @ref="https://www.wikidata.org/wiki/Q855"
       finds the person whose idno says Q855. -->
  <xsl:key name="t:authority" match="person | personGrp | place | org | event"
    use="idno ! t:authority-url(.)"/>

  <!-- The base URL of each authority, by idno/@type (lower-cased). -->
  <xsl:variable name="t:authorities" as="map(xs:string, xs:string*)" select="map {
    'wikidata': ('https://www.wikidata.org/wiki/', 'Wikidata'),
    'viaf': ('https://viaf.org/viaf/', 'VIAF'),
    'gnd': ('https://d-nb.info/gnd/', 'GND'),
    'geonames': ('https://www.geonames.org/', 'GeoNames'),
    'lc': ('https://id.loc.gov/authorities/names/', 'Library of Congress'),
    'orcid': ('https://orcid.org/', 'ORCID'),
    'isni': ('https://isni.org/isni/', 'ISNI'),
    'tgn': ('http://vocab.getty.edu/page/tgn/', 'Getty TGN'),
    'pleiades': ('https://pleiades.stoa.org/places/', 'Pleiades')
  }"/>

  <!-- The URL of an idno: itself when it is already a URL, else the authority's base + the id. -->
  <xsl:function name="t:authority-url" as="xs:string?">
    <xsl:param name="idno" as="element(idno)"/>
    <xsl:variable name="value" as="xs:string" select="normalize-space($idno)"/>
    <xsl:sequence select="if (matches($value, '^https?://')) then $value
      else $t:authorities?(lower-case($idno/@type))[1] ! (. || encode-for-uri($value))"/>
  </xsl:function>

  <!-- The name people know an authority by ("Wikidata", "VIAF"…), for link texts. -->
  <xsl:function name="t:authority-label" as="xs:string">
    <xsl:param name="idno" as="element(idno)"/>
    <xsl:variable name="url" as="xs:string" select="normalize-space($idno)"/>
    <xsl:sequence select="($t:authorities?(lower-case($idno/@type))[2],
      if (contains($url, 'wikidata.org')) then 'Wikidata' else (),
      if (contains($url, 'viaf.org')) then 'VIAF' else (),
      if (contains($url, 'd-nb.info/gnd')) then 'GND' else (),
      if (contains($url, 'geonames.org')) then 'GeoNames' else (),
      $idno/@type ! string(.), replace($url, '^https?://([^/]+).*$', '$1'))[1]"/>
  </xsl:function>

  <!-- The element a pointer names, or nothing: "#id", a bare key, or an authority URL; else an entry
       of a shared register file that the pointer names ("../register.xml#anna", "psn:anna"). -->
  <xsl:function name="t:resolve" as="element()?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:sequence select="(
      if (starts-with($pointer, '#')) then key('t:id', substring($pointer, 2), root($context))
      else if (matches($pointer, '^[a-zA-Z][a-zA-Z0-9+.\-]*:')) then key('t:authority', $pointer, root($context))
      else key('t:id', $pointer, root($context)),
      $t:shared-registers ! key('t:shared', $pointer, .),
      $t:shared-registers[matches($pointer, '^https?://')] ! key('t:authority', $pointer, .))[1]"/>
  </xsl:function>

  <!-- The register entry a mention refers to (through @ref, then @key), or nothing. -->
  <xsl:function name="t:target" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="((tokenize($e/@ref), tokenize($e/@key)) ! t:resolve(., $e))[t:is-entry(.)][1]"/>
  </xsl:function>

  <!-- A URI the mention points to outside the document (@ref with a scheme that no entry claims). -->
  <xsl:function name="t:external-ref" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tokenize($e/@ref)[matches(., '^https?://')][1]"/>
  </xsl:function>

  <!-- Is this a register entry? -->
  <xsl:function name="t:is-entry" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::person or self::personGrp or self::place or self::org or self::event])"/>
  </xsl:function>

  <!-- True for a relative reference (a file next to the edition); false for anything with a scheme or
       a host, which the page must never load by itself. -->
  <xsl:function name="t:is-local-uri" as="xs:boolean">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:sequence select="not(matches($uri, '^([a-zA-Z][a-zA-Z0-9+.\-]*:|//)'))"/>
  </xsl:function>

  <!-- ==== The URL policy: the one place that decides what a URL from the source may become ====
       Every output asks here. A URL is first cleaned as browsers would read it: white space and control
       characters at its ends dropped, tabs, line breaks and other control characters inside removed
       (so "java&#9;script:" cannot hide a scheme). A link may be a #fragment, a relative path, or
       http:, https: or mailto:; anything else (javascript:, data:, file:, a //host or /\host path) is
       not a link: the edition shows its words and reports url.scheme (core.xsl). A resource (an image)
       may only be a relative path that stays inside the document's folder, without a backslash; the
       PDF renderer also checks the file itself (toolkit/outputs/pdf.py). -->
  <xsl:function name="t:clean-url" as="xs:string">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:sequence select="replace(replace(string($url), '^[\s\p{Cc}]+|[\s\p{Cc}]+$', ''), '[\t\n\r\p{Cc}]', '')"/>
  </xsl:function>

  <!-- The URL as a link, or nothing when the policy refuses it. -->
  <xsl:function name="t:link-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="clean" as="xs:string" select="t:clean-url($url)"/>
    <xsl:variable name="scheme" as="xs:string?"
      select="replace($clean, '^([a-zA-Z][a-zA-Z0-9+.\-]*):.*$', '$1', 's')[. ne $clean] ! lower-case(.)"/>
    <xsl:sequence select="$clean[. ne ''][
      if (exists($scheme)) then $scheme = ('http', 'https', 'mailto')
      else not(matches(translate(., '\', '/'), '^//'))]"/>
  </xsl:function>

  <!-- The URL as a resource inside the document's folder (or, with -p remote-images=true, an https:
       address), or nothing when the policy refuses it. -->
  <xsl:function name="t:resource-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="clean" as="xs:string" select="t:clean-url($url)"/>
    <xsl:variable name="path" as="xs:string" select="replace($clean, '[?#].*$', '', 's')"/>
    <xsl:sequence select="if (t:is-remote-resource($clean)) then $clean[$remote-images] else
      $clean[. ne ''][t:is-local-uri(.)][not(starts-with(., '/'))][not(contains(., '\'))]
      [fold-left(tokenize($path, '/'), 0, function($depth as xs:integer, $step as xs:string) as xs:integer {
         if ($depth lt 0) then $depth else if ($step eq '..') then $depth - 1
         else if ($step = ('', '.')) then $depth else $depth + 1 }) ge 0]"/>
  </xsl:function>

  <!-- Is this (cleaned) URL an https: address with a host, the only remote kind of image an edition
       may show (with -p remote-images=true)? -->
  <xsl:function name="t:is-remote-resource" as="xs:boolean">
    <xsl:param name="clean" as="xs:string"/>
    <xsl:sequence select="matches($clean, '^https://[^/\\\s]+/\S*$', 'i')"/>
  </xsl:function>
</xsl:stylesheet>
