// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a rules file and as an annotations file, the two
// imports a reader can point at anything; what is accepted must write back and read
// again the same.
#include "domain/annotationexport.h"
#include "domain/rulejson.h"

using namespace Threadkeeper;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    QList<Rule> rules;
    if (rulesFromJson(json, &rules, &error)) {
        QList<Rule> again;
        if (!rulesFromJson(rulesToJson(rules), &again, &error) || again.size() != rules.size())
            __builtin_trap();
    }
    QList<Annotation> annotations;
    if (annotationsFromJson(json, &annotations, &error)) {
        QList<Annotation> again;
        if (!annotationsFromJson(annotationsToJson(annotations), &again, &error)
            || again.size() != annotations.size())
            __builtin_trap();
    }
    return 0;
}
