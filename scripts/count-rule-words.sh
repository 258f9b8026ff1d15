#!/bin/bash
# Natural-language words written inside nlp rule code (docs/architecture.md, "Language packs"):
#   scripts/count-rule-words.sh [CHECKOUT]   (VERBOSE=1 lists the files)
# Rule code is src/nlp without lang/ (the packs), the gazetteer lexicons, the abbreviation table and
# the NER model. A word literal is a quoted lower-case literal that is not one of trama's code
# identifiers (mention forms, kinds, certainty values, number/gender tags, regexp flags).
cd ${1:-.}
ID="utf8|name|acronym|demonym|nominal|pronoun|role|place|organization|event|law|orgSuffix|sg|pl|m|f|es|en|auto|string|number|object|function|cue|gazetteer|subdivision|supranational|country|city|region|title|national|description|portfolio|alias|symmetric|inverse|base|full|short|shape|giu|gu|stated|reported|model|models|conjunction|certainty|label|comma|entry|default|string|i|n|p|z|s"
files=$(find src/nlp -name '*.ts' -not -path 'src/nlp/lang/*' -not -path 'src/nlp/gazetteer/lexicon/*' -not -path 'src/nlp/lexicon/*' -not -name 'triggers-*.ts' -not -path 'src/nlp/ner/*' -not -name abbreviations.ts | sort)
lits() { grep -ohP "'[\p{Ll}]+'" "$@" | grep -vxE "'($ID)'"; }
echo "word literals: $(lits $files | wc -l)"
echo "files with any: $(for f in $files; do [ $(lits $f | wc -l) -gt 0 ] && echo $f; done | wc -l)"
echo "word regexes (alternations of lower-case words, optional endings included): $(grep -ohP "/\^?\(?[\p{Ll}]+\??(\|[\p{Ll}]+\??)+" $files | wc -l)"
echo "word sets (new Set([ 'word' … ])): $(grep -cP "new Set\(\[\s*$|new Set\(\['[\p{Ll}]" $files | awk -F: '{s+=$2} END {print s}')"
echo "language branches: $(grep -rohE "language [!=]== '(es|en)'|lang [!=]== '(es|en)'" $files src/pipeline src/ingest | wc -l)"
[ -n "$VERBOSE" ] && for f in $files; do n=$(lits $f | wc -l); [ $n -gt 0 ] && echo "  $n $f"; done | sort -rn
true
