# SPDX-FileCopyrightText: 2026 The Balie developers
# SPDX-License-Identifier: Apache-2.0
target_sources(balie_ui PRIVATE
    shell/Colours.cpp shell/Colours.h
    shell/ColumnFit.cpp shell/ColumnFit.h
    shell/ColumnsMenu.cpp shell/ColumnsMenu.h
    shell/TablePage.h
    shell/ConnectionDialog.cpp shell/ConnectionDialog.h
    shell/CreateOrganisationDialog.cpp shell/CreateOrganisationDialog.h
    shell/CsvExportFlow.cpp shell/CsvExportFlow.h
    shell/CustomerEditorDialog.cpp shell/CustomerEditorDialog.h
    shell/DemoConnection.cpp shell/DemoConnection.h
    shell/DialogTitle.cpp shell/DialogTitle.h
    shell/EditorDialog.cpp shell/EditorDialog.h
    shell/HeaderMemory.cpp shell/HeaderMemory.h
    shell/Icons.cpp shell/Icons.h
    shell/Language.cpp shell/Language.h
    shell/LoginDialog.cpp shell/LoginDialog.h
    shell/MainWindow.cpp shell/MainWindow.h
    shell/MessageBar.cpp shell/MessageBar.h
    shell/PlainText.cpp shell/PlainText.h
    shell/OrganisationSwitcher.cpp shell/OrganisationSwitcher.h
    shell/OutboxPanel.cpp shell/OutboxPanel.h
    shell/PendingRowDelegate.cpp shell/PendingRowDelegate.h
    shell/ProductEditorDialog.cpp shell/ProductEditorDialog.h
    shell/QuickSwitcher.cpp shell/QuickSwitcher.h
    shell/SearchPopup.cpp shell/SearchPopup.h
    shell/PopupPlacement.cpp shell/PopupPlacement.h
    shell/CustomerCard.cpp shell/CustomerCard.h
    shell/RateBudgetLabel.cpp shell/RateBudgetLabel.h
    shell/ResourcePage.cpp shell/ResourcePage.h
    shell/SettingsDialog.cpp shell/SettingsDialog.h
    shell/ShortcutText.cpp shell/ShortcutText.h
    shell/ShortcutsDialog.cpp shell/ShortcutsDialog.h
    shell/TableText.cpp shell/TableText.h
    shell/UiLogging.cpp shell/UiLogging.h
    shell/WelcomePage.cpp shell/WelcomePage.h
)
target_include_directories(balie_ui PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/shell)
