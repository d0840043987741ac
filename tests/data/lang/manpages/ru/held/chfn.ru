НАЗВАНИЕ
chfn - изменяет информацию о пользователе
СИНТАКСИС
chfn [параметры] [УЧЁТНАЯ_ЗАПИСЬ]
ОПИСАНИЕ
The chfn command changes user fullname, office room number, office phone number, and home phone number information for a user's account. This information is typically printed by finger(1) and similar programs. A normal user may only change the fields for her own account, subject to the restrictions in /etc/login.defs. (The default configuration is to prevent users from changing their fullname.) The superuser may change any field for any account. Additionally, only the superuser may use the -o option to change the undefined portions of the GECOS field.
These fields must not contain any colons. Except for the other field, they should not contain any comma or equal sign. It is also recommended to avoid non-US-ASCII characters, but this is only enforced for the phone numbers. The other field is used to store accounting information used by other applications.
ПАРАМЕТРЫ
The options which apply to the chfn command are:
-f, --full-name FULL_NAME
Изменяет ФИО пользователя.
-h, --home-phone HOME_PHONE
Изменяет номер домашнего телефона пользователя.
-o, --other OTHER
Изменяет другую информацию GECOS о пользователе. Эта часть используется для хранения информации об учётной записи, используемой другими приложениями, и может изменяться только суперпользователем.
-r, --room ROOM_NUMBER
Изменяет номер комнаты пользователя.
-R, --root CHROOT_DIR
Apply changes in the CHROOT_DIR directory and use the configuration files from the CHROOT_DIR directory. Only absolute paths are supported.
-u, --help
Показать краткую справку и закончить работу.
-w, --work-phone WORK_PHONE
Изменяет номер рабочего телефона пользователя.
If none of the options are selected, chfn operates in an interactive fashion, prompting the user with the current values for all of the fields. Enter the new value to change the field, or leave the line blank to use the current value. The current value is displayed between a pair of [ ] marks. Without options, chfn prompts for the current user account.
ФАЙЛЫ
/etc/login.defs
содержит конфигурацию подсистемы теневых паролей
/etc/passwd
содержит информацию о пользователях
СМОТРИТЕ ТАКЖЕ
chsh(1), login.defs(5), passwd(5).
