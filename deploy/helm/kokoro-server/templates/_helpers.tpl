{{/* The release's name for its objects, within the 63 characters a DNS label allows. */}}
{{- define "kokoro.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "kokoro.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "kokoro.labels" -}}
{{ include "kokoro.selectorLabels" . }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* The Secret the chart makes for the values given inline (database.url/user/password, apiKeys.keys). */}}
{{- define "kokoro.secretName" -}}
{{- include "kokoro.fullname" . -}}
{{- end -}}

{{- define "kokoro.ownsSecret" -}}
{{- if or (and .Values.database.url (not .Values.database.existingSecret)) (and .Values.apiKeys.keys (not .Values.apiKeys.existingSecret)) -}}
true
{{- end -}}
{{- end -}}

{{- define "kokoro.databaseSecret" -}}
{{- .Values.database.existingSecret | default (include "kokoro.secretName" .) -}}
{{- end -}}

{{- define "kokoro.apiKeysSecret" -}}
{{- .Values.apiKeys.existingSecret | default (include "kokoro.secretName" .) -}}
{{- end -}}

{{- define "kokoro.usesDatabase" -}}
{{- if or .Values.database.url .Values.database.existingSecret -}}
true
{{- end -}}
{{- end -}}

{{- define "kokoro.usesApiKeys" -}}
{{- if or .Values.apiKeys.keys .Values.apiKeys.existingSecret -}}
true
{{- end -}}
{{- end -}}

{{/* True when a ReadWriteOnce claim is mounted: a rolling update's new pod could not attach it on another node. */}}
{{- define "kokoro.mountsReadWriteOnce" -}}
{{- $models := and (eq .Values.models.source "pvc") (has "ReadWriteOnce" .Values.models.persistence.accessModes) -}}
{{- $data := and .Values.data.persistence.enabled (has "ReadWriteOnce" .Values.data.persistence.accessModes) -}}
{{- if or $models $data -}}
true
{{- end -}}
{{- end -}}
