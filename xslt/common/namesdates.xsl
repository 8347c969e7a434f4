<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names and dates (TEI module namesdates): what a mention of a person, place, organisation or event is,
  which register entry it names, and the facts of an entry (name, life dates, description, authority
  links, coordinates, mentions) that the registers and popovers show.
  Modes: t:text (mentions and dates in the running text).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- The kinds of entity, in the order the toggle bar and the registers show them. -->
  <xsl:variable name="t:kinds" as="xs:string+" select="('person', 'place', 'org', 'event')"/>

  <!-- Normalising @type values of rs and name. -->
  <xsl:variable name="t:kind-aliases" as="map(xs:string, xs:string)" select="map {
    'person': 'person', 'persname': 'person', 'people': 'person', 'personGrp': 'person',
    'place': 'place', 'placename': 'place', 'settlement': 'place', 'country': 'place',
    'org': 'org', 'organisation': 'org', 'organization': 'org', 'orgname': 'org', 'institution': 'org',
    'event': 'event'}"/>

  <!-- The kind of a mention or a register entry: person, place, org, event (empty if none). -->
  <xsl:function name="t:kind" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e[self::person or self::personGrp]) then 'person'
      else if ($e/self::place) then 'place'
      else if ($e/self::org) then 'org'
      else if ($e/self::event) then 'event'
      else if (t:target($e)) then t:kind(t:target($e))
      else if ($e/self::persName) then 'person'
      else if ($e[self::placeName or self::geogName]) then 'place'
      else if ($e/self::orgName) then 'org'
      else $t:kind-aliases?(lower-case(string($e/@type)))"/>
  </xsl:function>

  <!-- A mention of an entity in prose: a name element, or rs/name with a known kind or a resolvable ref.
       Names inside register entries and the header are not mentions: they are the entries' own data. -->
  <xsl:function name="t:is-mention" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::persName or self::placeName or self::orgName or self::geogName
        or ((self::rs or self::name) and (t:kind(.) or t:target(.)))])
      and exists($e/ancestor::text) and empty($e/ancestor::*[t:is-entry(.)])"/>
  </xsl:function>

  <!-- Mentions by the xml:id of the entry they name: the back-links of a register entry. -->
  <xsl:key name="t:mentions" match="text//*[t:is-mention(.)]" use="t:target(.)/@xml:id/string()"/>

  <!-- The mentions of an entry in the document, wherever the entry lives (an entry of a shared
       register lives in a tree of its own; $t:source is the document, numbering.xsl). -->
  <xsl:function name="t:mentions-of" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$t:source ! key('t:mentions', string($entry/@xml:id), .)"/>
  </xsl:function>

  <xsl:template match="*[t:is-mention(.)]" mode="t:text" priority="2" as="node()*">
    <xsl:call-template name="t:mention">
      <xsl:with-param name="kind" select="(t:kind(.), 'name')[1]"/>
      <xsl:with-param name="target" select="t:target(.)[$show-registers]"/>
      <xsl:with-param name="number" select="accumulator-before('t:mention')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Names outside the running text (in the header, in register entries): plain inline names. -->
  <xsl:template match="persName | placeName | orgName | geogName | rs | name | forename | surname | roleName
      | addName | genName | nameLink | settlement | country | region | district | bloc | affiliation
      | occupation | nationality | faith | education | residence | birth | death | floruit | state | trait"
      mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <!-- A date of the running text: styled as a date, its normalised value offered in words. -->
  <xsl:template match="date | time" mode="t:text" as="node()*">
    <xsl:call-template name="t:date">
      <xsl:with-param name="value" select="t:date-value(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The display name of an entry: forename surname, the place's or organisation's name, the event's
       label; the xml:id as a last resort. -->
  <xsl:function name="t:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" as="element()?"
      select="($entry/(persName, placeName, orgName, label, head, desc, name)[not(@type = ('variant', 'alt'))],
               $entry/(persName, placeName, orgName, label, head, name))[1]"/>
    <xsl:variable name="parts" as="element()*" select="$name/(forename | surname | roleName | addName | nameLink | genName)"/>
    <xsl:sequence select="normalize-space(
      if ($parts) then string-join($parts ! normalize-space(.), ' ')
      else if ($name) then t:plain($name) else string($entry/@xml:id))"/>
  </xsl:function>

  <!-- Other names of an entry (variants, names in other languages). -->
  <xsl:function name="t:entry-other-names" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="distinct-values($entry/(persName, placeName, orgName)[position() gt 1]
      ! normalize-space(t:plain(.))[. ne t:entry-name($entry)])"/>
  </xsl:function>

  <!-- Sorting: surname then forename for persons, the name otherwise; dates for events. -->
  <xsl:function name="t:entry-sort-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="p" as="element()?" select="$entry/persName[1]"/>
    <xsl:sequence select="lower-case(normalize-space(
      if ($entry/self::event) then t:sort-date($entry) || ' ' || t:entry-name($entry)
      else if ($p/surname) then string-join(($p/surname, $p/forename) ! normalize-space(.), ' ')
      else replace(t:entry-name($entry), '^\W+', '')))"/>
  </xsl:function>

  <!-- Life dates of a person, when of an event or organisation: "18 December 1878 – 5 March 1953". -->
  <xsl:function name="t:entry-dates" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="birth" as="xs:string?" select="$entry/birth[1] ! (t:date-value(.), normalize-space(.))[.][1]"/>
    <xsl:variable name="death" as="xs:string?" select="$entry/death[1] ! (t:date-value(.), normalize-space(.))[.][1]"/>
    <xsl:sequence select="
      if ($birth and $death) then t:range($birth, $death)
      else if ($birth) then t:label('born', $birth)
      else if ($death) then t:label('died', $death)
      else if ($entry/floruit) then 'fl. ' || ($entry/floruit[1] ! (t:date-value(.), normalize-space(.))[.][1])
      else if ($entry[self::event or self::org]) then t:date-value($entry)
      else ()"/>
  </xsl:function>

  <!-- The describing elements of an entry, rendered in mode t:text by the registers. -->
  <xsl:function name="t:entry-description" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/*[not(self::persName or self::placeName or self::orgName or self::name
        or self::label or self::head or self::idno or self::birth or self::death or self::floruit
        or self::listPerson or self::listPlace or self::listOrg or self::listEvent or t:is-entry(.))]
      [not(self::desc and . is $entry/desc[1] and $entry/self::event and empty($entry/label))]
      [not(self::location and empty(* except geo) and exists(t:coordinates($entry)))]"/>
  </xsl:function>

  <!-- The entries inside an entry (a place in a place, an event in an event), shown inside it. -->
  <xsl:function name="t:entry-parts" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/(*, listPerson/*, listPlace/*, listOrg/*, listEvent/*)[t:is-entry(.)]"/>
  </xsl:function>

  <!-- A list of entries in the body stands where it is, the entries in the encoder's order. -->
  <xsl:template match="(listPerson | listPlace | listOrg | listEvent)[ancestor::body][not(ancestor::*[t:is-entry(.)])]"
      mode="t:text" priority="1" as="node()*">
    <xsl:call-template name="t:entry-list"/>
  </xsl:template>

  <!-- Relations and names (listRelation, listNym), wherever they are: a list, each relation in words
       ("friend: Anna → Ben", its description), each nym with its forms. -->
  <xsl:template match="listRelation | listNym" mode="t:text" priority="1" as="node()*">
    <xsl:apply-templates select="head" mode="t:text"/>
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'list'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:apply-templates select="* except head" mode="t:text"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="relation" mode="t:text" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'item'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:value-of select="string-join((string-join((@name, @type)[normalize-space()], ', '),
          string-join((t:who(@active), t:who(@mutual)), ', ') || (t:who(@passive)[1] ! ' → ') || string-join(t:who(@passive), ', ')
          )[normalize-space()], ': ')"/>
        <xsl:if test="*"><xsl:text> </xsl:text><xsl:apply-templates mode="t:text"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="nym" mode="t:text" as="node()*">
    <xsl:call-template name="t:block">
      <xsl:with-param name="role" select="'item'"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:for-each select="*">
          <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
          <xsl:apply-templates select="." mode="t:text"/>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="nym/form" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <!-- A location's coordinates are shown as coordinates (t:coordinates); its other parts in words. -->
  <xsl:template match="location/geo[exists(t:coordinates(ancestor::place[1]))]" mode="t:text"/>

  <!-- Latitude and longitude of a place (location/geo "lat long" or "lat, long"), when known. -->
  <xsl:function name="t:coordinates" as="xs:double*">
    <xsl:param name="place" as="element()"/>
    <xsl:variable name="numbers" as="xs:string*" select="tokenize(normalize-space(($place/location/geo)[1]), '[\s,]+')"/>
    <xsl:sequence select="if (count($numbers) eq 2 and (every $n in $numbers satisfies $n castable as xs:double))
      then $numbers ! xs:double(.) else ()"/>
  </xsl:function>

  <!-- Coordinates in words: "55.756° N, 37.617° E". -->
  <xsl:function name="t:format-coordinates" as="xs:string">
    <xsl:param name="ll" as="xs:double+"/>
    <xsl:sequence select="format-number(abs($ll[1]), '0.0##') || '° ' || (if ($ll[1] ge 0) then 'N' else 'S') || ', '
      || format-number(abs($ll[2]), '0.0##') || '° ' || (if ($ll[2] ge 0) then 'E' else 'W')"/>
  </xsl:function>

  <!-- All register entries of a kind, wherever they live (standOff, particDesc, settingDesc, back, a
       shared register file the document points into), with an id or without, sorted; not those of a
       list in the body, which is shown where it stands (t:entry-list), nor those inside another entry,
       shown inside it. -->
  <xsl:function name="t:entries" as="element()*">
    <xsl:param name="root" as="node()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:perform-sort select="(root($root)//*[t:is-entry(.)][not(ancestor::*[t:is-entry(.)])][not(ancestor::body)],
        $t:shared-registers/*/*)[t:kind(.) eq $kind]">
      <xsl:sort select="t:entry-sort-key(.)" lang="{$t:ui}"/>
    </xsl:perform-sort>
  </xsl:function>

  <!-- The kinds that have at least one entry: the registers an edition shows. -->
  <xsl:function name="t:register-kinds" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$t:kinds[exists(t:entries($tei, .))]"/>
  </xsl:function>

  <!-- A string for an element: its text without notes and set-aside readings (mode t:plain). -->
  <xsl:function name="t:plain" as="xs:string">
    <xsl:param name="e" as="node()?"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$e/node()" mode="t:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>

  <xsl:template match="note | sic[parent::choice] | orig[parent::choice] | abbr[parent::choice]
      | figDesc | pb | fw" mode="t:plain"/>
  <xsl:template match="lb" mode="t:plain">
    <xsl:if test="not(@break = ('no', 'false'))"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
</xsl:stylesheet>
